package org.omotenashi.concierge.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.hotel.PropertyDefinition;
import org.omotenashi.concierge.hotel.PropertyFileParser;
import org.omotenashi.concierge.template.TemplateRenderer.Money;

class DefaultTemplatesTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final int WHATSAPP_MAX_CHARS = 4096;
  private static final int MAX_TEXT_CHARS = 600;
  private static final LocalDate CHECK_IN = LocalDate.of(2027, 1, 15);
  private static final LocalDate CHECK_OUT = LocalDate.of(2027, 1, 17);

  /** Which flag says whether a value is there; when it is off, the value is empty or zero. */
  private static final Map<String, String> FLAG_OF =
      Map.of("guestName", "hasName", "room", "hasRoom", "fee", "hasFee");

  private static final List<DefaultTemplate> DEFAULTS = DefaultTemplates.load();

  private final TemplateRenderer renderer = new TemplateRenderer();

  @Test
  void everyKeyHasATextInEveryLanguageTheConciergeSpeaks() {
    Set<String> present =
        DEFAULTS.stream().map(t -> t.key() + " [" + t.language() + "]").collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (String key : TemplateKeys.ALL) {
      for (String language : PropertyFileParser.SUPPORTED_LANGUAGES) {
        if (!present.contains(key + " [" + language + "]")) {
          missing.add(key + " [" + language + "]");
        }
      }
    }

    assertThat(missing).isEmpty();
    assertThat(DEFAULTS)
        .hasSize(TemplateKeys.ALL.size() * PropertyFileParser.SUPPORTED_LANGUAGES.size());
  }

  @Test
  void everyTextIsAValidTemplateOfAReasonableLength() {
    for (DefaultTemplate template : DEFAULTS) {
      assertThatCode(() -> renderer.validate(template.text()))
          .as(where(template))
          .doesNotThrowAnyException();
      assertThat(template.text().length()).as(where(template)).isLessThan(MAX_TEXT_CHARS);
    }
  }

  @Test
  void everyTextRendersCompletelyWithEveryKindOfValue() {
    for (DefaultTemplate template : DEFAULTS) {
      for (Map<String, Object> values : samples(template)) {
        String rendered = render(template, values);

        assertThat(rendered)
            .as("%s with %s", where(template), values)
            .isNotBlank()
            .doesNotContain("{", "}", "#", "''")
            .hasSizeLessThan(WHATSAPP_MAX_CHARS);
      }
    }
  }

  @Test
  void everyTextShowsTheValuesItIsGiven() {
    for (DefaultTemplate template : DEFAULTS) {
      for (Map<String, Object> values : samples(template)) {
        String rendered = render(template, values);
        for (Map.Entry<String, Object> value : values.entrySet()) {
          String flag = FLAG_OF.get(value.getKey());
          if (flag != null && Boolean.FALSE.equals(values.get(flag))) {
            continue;
          }
          shown(template, value.getValue())
              .ifPresent(
                  expected ->
                      assertThat(rendered)
                          .as("%s shows {%s}", where(template), value.getKey())
                          .contains(expected));
        }
      }
    }
  }

  @Test
  void frenchApostrophesRenderAsApostrophes() {
    Pattern elided = Pattern.compile("\\p{L}+'\\p{L}+");
    List<DefaultTemplate> french =
        DEFAULTS.stream().filter(t -> t.language().equals("fr")).toList();
    int checked = 0;
    for (DefaultTemplate template : french) {
      String outputs =
          samples(template).stream()
              .map(values -> render(template, values))
              .collect(Collectors.joining("\n"));
      Matcher words = elided.matcher(template.text().replace("''", "'"));
      while (words.find()) {
        assertThat(outputs).as(where(template)).contains(words.group());
        checked++;
      }
    }

    assertThat(checked).isGreaterThan(20);
    assertThat(
            render(text(TemplateKeys.CONVERSATION_ACKNOWLEDGED, "fr"), sample(Set.of("hotelName"))))
        .contains("l'équipe de Hotel Sakura Kyoto");
  }

  @Test
  void frenchPutsANoBreakSpaceBeforeHighPunctuation() {
    for (DefaultTemplate template : DEFAULTS) {
      if (template.language().equals("fr")) {
        // A time skeleton ({time, time, ::HHmm}) is ICU syntax, not French punctuation.
        assertThat(template.text().replace(", ::", ",")).as(where(template)).doesNotContainPattern(" [:;?!]");
      }
    }
  }

  @Test
  void bookingDetailsNameEveryStatusInEveryLanguage() {
    for (String language : PropertyFileParser.SUPPORTED_LANGUAGES) {
      DefaultTemplate details = text(TemplateKeys.BOOKING_DETAILS, language);
      Map<String, Object> values = sample(TemplateKeys.VARIABLES.get(TemplateKeys.BOOKING_DETAILS));
      values.put("status", "SOMETHING_NEW");
      String withoutStatus = render(details, values);

      Set<String> seen = new HashSet<>();
      for (BookingStatus status : BookingStatus.values()) {
        values.put("status", status);
        String rendered = render(details, values);

        assertThat(rendered).as("%s %s", language, status).isNotEqualTo(withoutStatus);
        assertThat(seen.add(rendered)).as("%s %s is told apart", language, status).isTrue();
      }
    }
  }

  @Test
  void everyDemoDepartmentHasANameInEveryLanguage() throws IOException {
    String demo;
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-hotel.yaml")) {
      demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<PropertyDefinition.DepartmentDefinition> departments =
        new PropertyFileParser().parse(demo).departments();

    assertThat(departments).isNotEmpty();
    for (PropertyDefinition.DepartmentDefinition department : departments) {
      assertThat(TemplateKeys.findDepartmentKey(department.code()))
          .as(department.code())
          .hasValueSatisfying(key -> assertThat(TemplateKeys.ALL).contains(key));
    }
    assertThat(TemplateKeys.findDepartmentKey("front_desk")).hasValue("department.frontDesk");
    assertThat(TemplateKeys.findDepartmentKey("VALET")).isEmpty();
  }

  @Test
  void checkReportsAKeyWithoutEnglish() {
    List<DefaultTemplate> withoutEnglish =
        DEFAULTS.stream()
            .filter(t -> !(t.key().equals(TemplateKeys.FAQ_UNKNOWN) && t.language().equals("en")))
            .toList();

    assertThatThrownBy(() -> DefaultTemplates.check(withoutEnglish))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageEndingWith("faq.unknown has no English text");
  }

  @Test
  void checkReportsAnUnknownVariableByKeyLanguageAndName() {
    List<DefaultTemplate> broken =
        replace(TemplateKeys.GOODBYE_THANKS, "de", "Auf Wiedersehen, {guestName}!");

    assertThatThrownBy(() -> DefaultTemplates.check(broken))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining(
            "goodbye.thanks [de] uses the unknown variable {guestName}; its key offers"
                + " [hotelName]");
  }

  @Test
  void checkReportsAnInvalidText() {
    List<DefaultTemplate> broken = replace(TemplateKeys.FAQ_ANSWER, "ja", "{answer");

    assertThatThrownBy(() -> DefaultTemplates.check(broken))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("faq.answer [ja] is not a valid template: Unmatched '{'");
  }

  @Test
  void checkReportsUnknownKeysLanguagesAndDuplicates() {
    List<DefaultTemplate> broken = new ArrayList<>(DEFAULTS);
    broken.add(new DefaultTemplate("faq.unknwon", "en", "Sorry."));
    broken.add(new DefaultTemplate(TemplateKeys.FAQ_UNKNOWN, "jp", "すみません。"));
    broken.add(new DefaultTemplate(TemplateKeys.FAQ_UNKNOWN, "en", "Sorry."));

    assertThatThrownBy(() -> DefaultTemplates.check(broken))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("faq.unknwon [en] is not a key of TemplateKeys")
        .hasMessageContaining("faq.unknown [jp] is in a language the concierge does not speak")
        .hasMessageContaining("faq.unknown [en] appears twice");
  }

  @Test
  void parseReadsKeysAndLanguagesAndRefusesUnquotedValues() {
    assertThat(DefaultTemplates.parse("faq.unknown:\n  en: \"Sorry.\"\n  ja: \"申し訳ございません。\"\n"))
        .containsExactly(
            new DefaultTemplate("faq.unknown", "en", "Sorry."),
            new DefaultTemplate("faq.unknown", "ja", "申し訳ございません。"));
    assertThatThrownBy(() -> DefaultTemplates.parse("faq.unknown:\n  en: yes\n"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("faq.unknown [en] must be a quoted text");
    assertThatThrownBy(() -> DefaultTemplates.parse("faq.unknown:\n  en: \"a\"\n  en: \"b\"\n"))
        .isInstanceOf(InvalidTemplateException.class);
  }

  private String render(DefaultTemplate template, Map<String, Object> values) {
    return renderer.render(template.text(), template.language(), TOKYO, values);
  }

  /**
   * Values for a key's variables, as the code passes them: one set with the singular numbers, one
   * with plurals, and each flag both on (with its value) and off (with an empty value).
   */
  private List<Map<String, Object>> samples(DefaultTemplate template) {
    Set<String> variables = TemplateKeys.VARIABLES.get(template.key());
    List<Map<String, Object>> samples = new ArrayList<>();
    for (int[] numbers : new int[][] {{1, 1, 0, 1}, {3, 2, 1, 5}, {2, 4, 2, 2}}) {
      Map<String, Object> values = sample(variables);
      values.replaceAll(
          (name, value) ->
              switch (name) {
                case "nights" -> numbers[0];
                case "adults" -> numbers[1];
                case "children" -> numbers[2];
                case "available" -> numbers[3];
                case "department" ->
                    render(text(TemplateKeys.DEPARTMENT_FRONT_DESK, template.language()), Map.of());
                default -> value;
              });
      samples.add(values);
    }
    for (String flag : FLAG_OF.values()) {
      if (variables.contains(flag)) {
        List<Map<String, Object>> off = new ArrayList<>();
        for (Map<String, Object> values : samples) {
          Map<String, Object> without = new HashMap<>(values);
          without.put(flag, false);
          FLAG_OF.forEach(
              (variable, itsFlag) -> {
                if (itsFlag.equals(flag)) {
                  without.put(variable, variable.equals("fee") ? yen("0") : "");
                }
              });
          off.add(without);
        }
        samples.addAll(off);
      }
    }
    if (variables.contains("status")) {
      List<Map<String, Object>> statuses = new ArrayList<>();
      for (BookingStatus status : BookingStatus.values()) {
        Map<String, Object> values = new HashMap<>(samples.get(0));
        values.put("status", status);
        statuses.add(values);
      }
      samples.addAll(statuses);
    }
    return samples;
  }

  /** A value of the right type for each variable; every string is recognisable in the output. */
  private static Map<String, Object> sample(Set<String> variables) {
    Map<String, Object> values = new HashMap<>();
    for (String variable : variables) {
      values.put(
          variable,
          switch (variable) {
            case "checkIn" -> CHECK_IN;
            case "checkOut" -> CHECK_OUT;
            case "total" -> yen("52000");
            case "fee" -> yen("26000");
            case "price" -> yen("3000");
            case "nights", "adults", "available" -> 2;
            case "children" -> 0;
            case "time", "checkOutTime" -> LocalTime.of(14, 0);
            case "checkInTime" -> LocalTime.of(15, 0);
            case "status" -> BookingStatus.CONFIRMED;
            case "hasName", "hasRoom", "hasFee" -> true;
            case "hotelName" -> "Hotel Sakura Kyoto";
            case "guestName" -> "Aiko Tanaka";
            case "answer" -> "Breakfast is served at Kaede from 07:00 to 10:00.";
            case "roomName" -> "Deluxe King";
            case "reference" -> "SKR-7K3Q9P";
            case "department" -> "front desk";
            case "room" -> "401";
            case "options" -> "• Deluxe King: ¥78,000";
            case "maxNights" -> 30;
            case "horizonDays" -> 365;
            case "maxGuests" -> 4;
            default -> throw new AssertionError("No sample value for {" + variable + "}");
          });
    }
    return values;
  }

  /** What a value must look like in the output, where that is predictable across languages. */
  private Optional<String> shown(DefaultTemplate template, Object value) {
    if (value instanceof Money || value instanceof LocalTime) {
      return Optional.of(
          renderer.render(
              value instanceof Money ? "{v}" : "{v, time, ::HHmm}",
              template.language(),
              TOKYO,
              Map.of("v", value)));
    }
    if (value instanceof LocalDate date) {
      return Optional.of(String.valueOf(date.getDayOfMonth()));
    }
    if (value instanceof String text && !text.isEmpty()) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  private static Money yen(String amount) {
    return new Money(new BigDecimal(amount), "JPY");
  }

  private static DefaultTemplate text(String key, String language) {
    return DEFAULTS.stream()
        .filter(t -> t.key().equals(key) && t.language().equals(language))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No text for " + key + " [" + language + "]"));
  }

  private static List<DefaultTemplate> replace(String key, String language, String text) {
    return DEFAULTS.stream()
        .map(
            t ->
                t.key().equals(key) && t.language().equals(language)
                    ? new DefaultTemplate(key, language, text)
                    : t)
        .toList();
  }

  private static String where(DefaultTemplate template) {
    return template.key() + " [" + template.language() + "]";
  }
}
