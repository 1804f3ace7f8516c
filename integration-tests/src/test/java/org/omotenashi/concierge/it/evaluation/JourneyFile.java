package org.omotenashi.concierge.it.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the journey files ({@code evaluation/journeys-<language>.yaml} on the test class path) and
 * checks them: the format is described in {@code evaluation/README.md}. A malformed journey is a
 * {@link CorpusException} naming the journey and the field, so that a typo in the corpus cannot pass
 * for a weakness of the agent.
 */
public final class JourneyFile {
  /** The languages of the corpus, one file each. */
  public static final List<String> LANGUAGES = List.of("en", "ja", "es", "fr", "pt", "de");

  private static final Set<String> JOURNEY_KEYS =
      Set.of("id", "title", "kind", "given", "turns", "expect");
  private static final Set<String> TURN_KEYS = Set.of("say", "intent");
  private static final Set<String> BOOKING_KEYS =
      Set.of("roomType", "checkIn", "checkOut", "adults", "children", "guest");
  private static final Set<String> ROOM_TYPES = Set.of("STD-TWIN", "DLX-KING", "JPN-TATAMI", "GDN-SUITE");

  private JourneyFile() {}

  /** A journey file that does not follow the format. */
  public static final class CorpusException extends RuntimeException {
    CorpusException(String message) {
      super(message);
    }
  }

  /** Every journey of every language, in file order. */
  public static List<Journey> loadAll() {
    List<Journey> all = new ArrayList<>();
    for (String language : LANGUAGES) {
      all.addAll(load(language));
    }
    return withUniqueIds(all);
  }

  /**
   * Every journey of the files {@code journeys-<language>.yaml} in a directory (a corpus kept
   * outside the project, such as one held out from those who tune the agent); a language without
   * a file has no journeys.
   */
  public static List<Journey> loadAll(Path directory) {
    List<Journey> all = new ArrayList<>();
    for (String language : LANGUAGES) {
      Path file = directory.resolve("journeys-" + language + ".yaml");
      if (Files.exists(file)) {
        try {
          all.addAll(parse(language, Files.readString(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return withUniqueIds(all);
  }

  private static List<Journey> withUniqueIds(List<Journey> all) {
    Set<String> ids = new HashSet<>();
    for (Journey journey : all) {
      if (!ids.add(journey.id())) {
        throw new CorpusException("Journey id " + journey.id() + " appears twice");
      }
    }
    return all;
  }

  /** The journeys of one language's file. */
  public static List<Journey> load(String language) {
    String resource = "evaluation/journeys-" + language + ".yaml";
    try (InputStream in = JourneyFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new CorpusException(resource + " is not on the class path");
      }
      return parse(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The journeys of one file's text. */
  public static List<Journey> parse(String language, String yamlText) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
    if (!(document instanceof List<?> entries)) {
      throw new CorpusException("The " + language + " file is not a list of journeys");
    }
    List<Journey> journeys = new ArrayList<>();
    for (Object entry : entries) {
      journeys.add(journey(language, map(entry, language + " file entry")));
    }
    return journeys;
  }

  private static Journey journey(String language, Map<String, Object> raw) {
    String id = text(raw.get("id"), "a journey of " + language + " without id");
    String where = "journey " + id;
    unknownKeys(raw, JOURNEY_KEYS, where);
    if (!id.startsWith(language + "-")) {
      throw new CorpusException(where + ": id must start with '" + language + "-'");
    }
    String kind = text(raw.get("kind"), where + ": kind");
    if (!Journey.KINDS.contains(kind)) {
      throw new CorpusException(where + ": kind '" + kind + "' is not one of " + Journey.KINDS);
    }
    Optional<Map<String, Object>> given = Optional.empty();
    if (raw.get("given") != null) {
      Map<String, Object> givenMap = map(raw.get("given"), where + ": given");
      unknownKeys(givenMap, Set.of("booking"), where + ": given");
      Map<String, Object> booking = map(givenMap.get("booking"), where + ": given.booking");
      bookingFields(booking, where + ": given.booking", true);
      given = Optional.of(booking);
    }
    List<Journey.Turn> turns = new ArrayList<>();
    if (!(raw.get("turns") instanceof List<?> rawTurns) || rawTurns.isEmpty()) {
      throw new CorpusException(where + ": turns must be a non-empty list");
    }
    for (Object rawTurn : rawTurns) {
      Map<String, Object> turn = map(rawTurn, where + ": turn");
      unknownKeys(turn, TURN_KEYS, where + ": turn");
      // Unquoted yes/no/on/off are booleans in YAML 1.1: a guest's "yes" must be quoted.
      if (!(turn.get("say") instanceof String say) || say.isBlank()) {
        throw new CorpusException(where + ": every turn needs 'say' as a quoted string, got " + turn.get("say"));
      }
      if (say.contains("{") && !say.replace("{reference}", "").matches("[^{}]*")) {
        throw new CorpusException(where + ": the only placeholder is {reference}: " + say);
      }
      if (say.contains("{reference}") && given.isEmpty()) {
        throw new CorpusException(where + ": {reference} without a given booking");
      }
      Optional<String> intent = Optional.ofNullable(turn.get("intent")).map(String::valueOf);
      if (intent.isPresent() && !Journey.INTENTS.contains(intent.get())) {
        throw new CorpusException(where + ": intent '" + intent.get() + "' is not one of " + Journey.INTENTS);
      }
      turns.add(new Journey.Turn(say, intent));
    }
    Map<String, Object> expect = map(raw.get("expect"), where + ": expect");
    Expectations.validate(expect, given.isPresent(), where);
    return new Journey(
        id, language, text(raw.get("title"), where + ": title"), kind, given, turns, expect);
  }

  /**
   * Checks the fields of a booking: {@code complete} for a given booking (everything needed to
   * create it), otherwise an expectation (any subset, plus an optional guest name and email).
   */
  static void bookingFields(Map<String, Object> booking, String where, boolean complete) {
    Set<String> allowed = new HashSet<>(BOOKING_KEYS);
    if (!complete) {
      allowed.remove("guest");
      allowed.add("name");
      allowed.add("email");
    }
    unknownKeys(booking, allowed, where);
    if (complete) {
      for (String key : List.of("roomType", "checkIn", "checkOut", "adults", "guest")) {
        if (!booking.containsKey(key)) {
          throw new CorpusException(where + ": " + key + " is missing");
        }
      }
      Map<String, Object> guest = map(booking.get("guest"), where + ".guest");
      unknownKeys(guest, Set.of("name", "email", "phone"), where + ".guest");
      text(guest.get("name"), where + ".guest.name");
      text(guest.get("email"), where + ".guest.email");
    }
    if (booking.containsKey("roomType") && !ROOM_TYPES.contains(String.valueOf(booking.get("roomType")))) {
      throw new CorpusException(where + ": roomType '" + booking.get("roomType") + "' is not one of " + ROOM_TYPES);
    }
    for (String key : List.of("checkIn", "checkOut")) {
      if (booking.containsKey(key)) {
        List<String> notations = RelativeDates.alternatives(booking.get(key));
        if (notations.isEmpty() || (complete && notations.size() != 1)) {
          throw new CorpusException(where + ": " + key + " must be one date notation" + (complete ? "" : " or a list"));
        }
        for (String notation : notations) {
          if (!RelativeDates.isNotation(notation)) {
            throw new CorpusException(where + ": " + key + " '" + notation + "' is not a date notation");
          }
        }
      }
    }
    for (String key : List.of("adults", "children")) {
      if (booking.containsKey(key) && !(booking.get(key) instanceof Integer)) {
        throw new CorpusException(where + ": " + key + " must be a whole number");
      }
    }
  }

  static void unknownKeys(Map<String, Object> map, Set<String> known, String where) {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        throw new CorpusException(where + ": unknown key '" + key + "' (known: " + known + ")");
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new CorpusException(where + " must be a mapping, got " + value);
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    ((Map<Object, Object>) map).forEach((key, v) -> copy.put(String.valueOf(key), v));
    return copy;
  }

  static String text(Object value, String where) {
    if (value == null || String.valueOf(value).isBlank()) {
      throw new CorpusException(where + " is missing");
    }
    return String.valueOf(value);
  }
}
