package org.omotenashi.concierge.hotel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omotenashi.concierge.hotel.PropertyDefinition.DepartmentDefinition;
import org.omotenashi.concierge.hotel.PropertyDefinition.FactDefinition;
import org.omotenashi.concierge.hotel.PropertyDefinition.RoomTypeDefinition;
import org.omotenashi.concierge.hotel.PropertyDefinition.StaffDefinition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a property file (the shape of {@code demo-hotel.yaml}) into a {@link PropertyDefinition}.
 *
 * <p>Every problem is reported as a {@link PropertyFileException} naming the field by its path in the
 * file ({@code room_types[1].rate}), so that a hotel can fix its file without reading code. Only plain
 * YAML data is accepted (no custom tags), and the document size is bounded.
 */
public final class PropertyFileParser {
  /** The languages the concierge answers in; a property may offer a subset. */
  public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "ja", "es", "fr", "pt", "de");

  public static final Set<String> ROLES = Set.of("ADMIN", "AGENT", "DEPARTMENT");

  private static final List<String> FACT_CATEGORIES = List.of("policies", "amenities", "transport");
  private static final int MAX_DOCUMENT_CHARS = 1_000_000;

  public PropertyDefinition parse(String yamlText) {
    Map<String, Object> root = asMap(load(yamlText), "(document)");
    Map<String, Object> property = asMap(required(root, "property", ""), "property");

    String languagesPath = "property.languages";
    List<String> languages = new ArrayList<>();
    for (Object language : asList(required(property, "languages", "property."), languagesPath)) {
      String code = String.valueOf(language).trim().toLowerCase();
      if (!SUPPORTED_LANGUAGES.contains(code)) {
        throw invalid(languagesPath, "'" + code + "' is not one of " + sorted(SUPPORTED_LANGUAGES));
      }
      languages.add(code);
    }
    if (languages.isEmpty()) {
      throw invalid(languagesPath, "at least one language is required");
    }

    String prefix = text(property, "booking_reference_prefix", "property.");
    if (!prefix.matches("[A-Z]{2,6}")) {
      throw invalid("property.booking_reference_prefix", "must be 2 to 6 capital letters");
    }

    return new PropertyDefinition(
        code(text(property, "code", "property."), "property.code"),
        text(property, "name", "property."),
        text(property, "address", "property."),
        optionalText(property, "phone"),
        optionalText(property, "email"),
        zone(text(property, "timezone", "property.")),
        currency(text(property, "currency", "property.")),
        List.copyOf(languages),
        optionalText(property, "front_desk"),
        prefix,
        stayRules(root),
        roomTypes(asList(required(root, "room_types", ""), "room_types")),
        facts(root),
        departments(root),
        staff(root));
  }

  private static Object load(String yamlText) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_DOCUMENT_CHARS);
    options.setAllowDuplicateKeys(false);
    try {
      return new Yaml(new SafeConstructor(options)).load(yamlText);
    } catch (YAMLException e) {
      throw new PropertyFileException("The property file is not valid YAML: " + e.getMessage());
    }
  }

  private static List<RoomTypeDefinition> roomTypes(List<Object> items) {
    if (items.isEmpty()) {
      throw invalid("room_types", "at least one room type is required");
    }
    List<RoomTypeDefinition> result = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<String> allRooms = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "room_types[" + i + "].";
      Map<String, Object> item = asMap(items.get(i), "room_types[" + i + "]");
      String code = code(text(item, "code", path), path + "code");
      if (!codes.add(code)) {
        throw invalid(path + "code", "'" + code + "' appears twice");
      }
      List<String> rooms = strings(asList(required(item, "rooms", path), path + "rooms"));
      for (String room : rooms) {
        if (!allRooms.add(room)) {
          throw invalid(path + "rooms", "room " + room + " appears twice");
        }
      }
      List<String> accessible =
          item.containsKey("accessible_rooms")
              ? strings(asList(item.get("accessible_rooms"), path + "accessible_rooms"))
              : List.of();
      if (!rooms.containsAll(accessible)) {
        throw invalid(path + "accessible_rooms", "lists a room that is not in rooms");
      }
      result.add(
          new RoomTypeDefinition(
              code,
              text(item, "name", path),
              text(item, "beds", path),
              positiveInt(item, "max_guests", path),
              positiveInt(item, "size_m2", path),
              money(required(item, "rate", path), path + "rate"),
              item.get("weekend_rate") == null
                  ? null
                  : money(item.get("weekend_rate"), path + "weekend_rate"),
              rooms,
              accessible));
    }
    return List.copyOf(result);
  }

  /**
   * The booking rules among the policies. Times and numbers are read where the file gives them; the
   * free-cancellation window is {@code free_cancellation_hours}, or the hours that the cancellation
   * text names ("free cancellation until 72 hours before arrival").
   */
  private static StayRules stayRules(Map<String, Object> root) {
    Map<String, Object> policies =
        root.get("policies") == null ? Map.of() : asMap(root.get("policies"), "policies");
    return new StayRules(
        time(policies, "check_in", StayRules.DEFAULT_CHECK_IN),
        time(policies, "check_out", StayRules.DEFAULT_CHECK_OUT),
        optionalPositiveInt(policies, "max_nights", StayRules.DEFAULT_MAX_NIGHTS),
        optionalPositiveInt(policies, "booking_horizon_days", StayRules.DEFAULT_BOOKING_HORIZON_DAYS),
        freeCancellationHours(policies));
  }

  private static int freeCancellationHours(Map<String, Object> policies) {
    if (policies.get("free_cancellation_hours") != null) {
      return optionalPositiveInt(policies, "free_cancellation_hours", 0);
    }
    Matcher hours =
        Pattern.compile("(\\d+)\\s*hours?\\s+before")
            .matcher(policies.get("cancellation") == null ? "" : textOf(policies.get("cancellation")));
    return hours.find()
        ? Integer.parseInt(hours.group(1))
        : StayRules.DEFAULT_FREE_CANCELLATION_HOURS;
  }

  private static LocalTime time(Map<String, Object> map, String key, LocalTime orElse) {
    Object value = map.get(key);
    if (value == null) {
      return orElse;
    }
    try {
      return LocalTime.parse(textOf(value));
    } catch (DateTimeParseException e) {
      throw invalid("policies." + key, "must be a time like 15:00");
    }
  }

  private static int optionalPositiveInt(Map<String, Object> map, String key, int orElse) {
    return map.get(key) == null ? orElse : positiveInt(map, key, "policies.");
  }

  private static List<FactDefinition> facts(Map<String, Object> root) {
    List<FactDefinition> facts = new ArrayList<>();
    for (String category : FACT_CATEGORIES) {
      if (root.get(category) == null) {
        continue;
      }
      asMap(root.get(category), category)
          .forEach((key, value) -> facts.addAll(translations(category, key, value)));
    }
    if (root.get("nearby") != null) {
      List<String> nearby = strings(asList(root.get("nearby"), "nearby"));
      for (int i = 0; i < nearby.size(); i++) {
        facts.add(new FactDefinition("nearby", "nearby-" + (i + 1), nearby.get(i)));
      }
    }
    return List.copyOf(facts);
  }

  private static List<DepartmentDefinition> departments(Map<String, Object> root) {
    List<DepartmentDefinition> result = new ArrayList<>();
    if (root.get("departments") == null) {
      return List.of();
    }
    List<Object> items = asList(root.get("departments"), "departments");
    for (int i = 0; i < items.size(); i++) {
      String path = "departments[" + i + "].";
      Map<String, Object> item = asMap(items.get(i), "departments[" + i + "]");
      result.add(
          new DepartmentDefinition(
              code(text(item, "code", path), path + "code"), optionalText(item, "description")));
    }
    return List.copyOf(result);
  }

  private static List<StaffDefinition> staff(Map<String, Object> root) {
    if (root.get("staff") == null) {
      return List.of();
    }
    List<StaffDefinition> result = new ArrayList<>();
    List<Object> items = asList(root.get("staff"), "staff");
    for (int i = 0; i < items.size(); i++) {
      String path = "staff[" + i + "].";
      Map<String, Object> item = asMap(items.get(i), "staff[" + i + "]");
      String role = text(item, "role", path).toUpperCase();
      if (!ROLES.contains(role)) {
        throw invalid(path + "role", "must be one of " + sorted(ROLES));
      }
      String department = optionalText(item, "department");
      if (role.equals("DEPARTMENT") && department == null) {
        throw invalid(path + "department", "is required for the DEPARTMENT role");
      }
      result.add(
          new StaffDefinition(
              text(item, "username", path), text(item, "name", path), role, department));
    }
    return List.copyOf(result);
  }

  private static Object required(Map<String, Object> map, String key, String pathPrefix) {
    Object value = map.get(key);
    if (value == null) {
      throw invalid(pathPrefix + key, "is required");
    }
    return value;
  }

  private static String text(Map<String, Object> map, String key, String pathPrefix) {
    String value = textOf(required(map, key, pathPrefix));
    if (value.isBlank()) {
      throw invalid(pathPrefix + key, "must not be empty");
    }
    return value;
  }

  private static String optionalText(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null || textOf(value).isBlank() ? null : textOf(value);
  }

  /**
   * A fact as text (in English), or as texts per language: {@code wifi: {en: "...", ja: "..."}}.
   * English is required, since it answers where a guest's language has no text.
   */
  private static List<FactDefinition> translations(String category, String key, Object value) {
    if (!(value instanceof Map<?, ?> texts)) {
      return List.of(new FactDefinition(category, key, textOf(value)));
    }
    String path = category + "." + key;
    if (texts.get(PropertyFact.REFERENCE_LANGUAGE) == null) {
      throw invalid(path, "needs its English text (en) when it gives texts per language");
    }
    List<FactDefinition> facts = new ArrayList<>();
    texts.forEach((language, text) -> {
      if (!SUPPORTED_LANGUAGES.contains(String.valueOf(language))) {
        throw invalid(path + "." + language, "must be one of " + SUPPORTED_LANGUAGES);
      }
      facts.add(new FactDefinition(category, key, String.valueOf(language), textOf(text)));
    });
    return facts;
  }

  /** A value's text; for a fact given per language, its English text. */
  private static String textOf(Object value) {
    if (value instanceof Map<?, ?> texts && texts.get(PropertyFact.REFERENCE_LANGUAGE) != null) {
      return String.valueOf(texts.get(PropertyFact.REFERENCE_LANGUAGE)).trim();
    }
    return String.valueOf(value).trim();
  }

  private static String code(String value, String path) {
    if (!value.matches("[A-Z][A-Z0-9_-]{0,31}")) {
      throw invalid(path, "must be capital letters, digits, '-' or '_' (at most 32)");
    }
    return value;
  }

  private static int positiveInt(Map<String, Object> map, String key, String pathPrefix) {
    Object value = required(map, key, pathPrefix);
    if (value instanceof Integer number && number > 0) {
      return number;
    }
    throw invalid(pathPrefix + key, "must be a whole number above zero");
  }

  private static BigDecimal money(Object value, String path) {
    if (value instanceof Number number) {
      BigDecimal amount = new BigDecimal(number.toString());
      if (amount.signum() >= 0) {
        return amount;
      }
    }
    throw invalid(path, "must be an amount of zero or more");
  }

  private static String zone(String value) {
    try {
      return ZoneId.of(value).getId();
    } catch (DateTimeException e) {
      throw invalid("property.timezone", "'" + value + "' is not a time zone (e.g. Asia/Tokyo)");
    }
  }

  private static String currency(String value) {
    try {
      return Currency.getInstance(value).getCurrencyCode();
    } catch (IllegalArgumentException e) {
      throw invalid("property.currency", "'" + value + "' is not an ISO 4217 currency code");
    }
  }

  private static List<String> strings(List<Object> values) {
    return values.stream().map(PropertyFileParser::textOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw invalid(path, "must be a mapping of keys to values");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> asList(Object value, String path) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw invalid(path, "must be a list");
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  private static PropertyFileException invalid(String path, String problem) {
    return new PropertyFileException(path + " " + problem);
  }
}
