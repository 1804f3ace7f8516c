package org.omotenashi.concierge.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.template.TemplateRenderer.Money;

class TemplateRendererTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** UTC+14 and UTC-11: noon of a day there is another day in UTC, whatever the JVM's zone. */
  private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

  private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

  private static final LocalDate JANUARY_15 = LocalDate.of(2027, 1, 15);

  private final TemplateRenderer renderer = new TemplateRenderer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | {n, plural, one {# night} other {# nights}} | 1 | 1 night",
        "en | {n, plural, one {# night} other {# nights}} | 3 | 3 nights",
        "en | {n, plural, one {# night} other {# nights}} | 0 | 0 nights",
        "fr | {n, plural, one {# nuit} other {# nuits}}   | 0 | 0 nuit",
        "fr | {n, plural, one {# nuit} other {# nuits}}   | 1 | 1 nuit",
        "fr | {n, plural, one {# nuit} other {# nuits}}   | 3 | 3 nuits",
        "de | {n, plural, one {# Nacht} other {# Nächte}} | 1 | 1 Nacht",
        "de | {n, plural, one {# Nacht} other {# Nächte}} | 3 | 3 Nächte",
        "es | {n, plural, one {# noche} other {# noches}} | 1 | 1 noche",
        "es | {n, plural, one {# noche} other {# noches}} | 3 | 3 noches",
        "pt | {n, plural, one {# noite} other {# noites}} | 1 | 1 noite",
        "pt | {n, plural, one {# noite} other {# noites}} | 3 | 3 noites",
        // Japanese has no singular: a "one" branch is never chosen.
        "ja | {n, plural, one {ONE} other {#泊}}          | 1 | 1泊",
        "ja | {n, plural, other {#泊}}                    | 3 | 3泊",
      })
  void choosesThePluralFormOfTheLanguage(
      String language, String pattern, int nights, String expected) {
    assertThat(renderer.render(pattern, language, TOKYO, Map.of("n", nights))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | January 15, 2027",
        "ja | 2027年1月15日",
        "es | 15 de enero de 2027",
        "fr | 15 janvier 2027",
        "pt | 15 de janeiro de 2027",
        "de | 15. Januar 2027",
      })
  void showsADateAsTheSameDayInEveryZone(String language, String expected) {
    for (ZoneId zone : new ZoneId[] {TOKYO, KIRITIMATI, PAGO_PAGO}) {
      String rendered =
          renderer.render("{checkIn, date, long}", language, zone, Map.of("checkIn", JANUARY_15));

      assertThat(rendered).as("in %s", zone).isEqualTo(expected);
    }
  }

  @Test
  void showsDateSkeletonsInTheLanguage() {
    Map<String, Object> day = Map.of("checkIn", JANUARY_15);

    assertThat(renderer.render("{checkIn, date, ::yMMMEd}", "en", TOKYO, day))
        .isEqualTo("Fri, Jan 15, 2027");
    assertThat(renderer.render("{checkIn, date, ::yMMMEd}", "ja", TOKYO, day))
        .isEqualTo("2027年1月15日(金)");
    assertThat(renderer.render("{checkIn, date, full}", "de", TOKYO, day))
        .isEqualTo("Freitag, 15. Januar 2027");
  }

  @Test
  void showsAnInstantOnTheHotelsClock() {
    // ICU puts a narrow no-break space (U+202F) before AM and PM.
    // 20:00 UTC on the 14th is 05:00 on the 15th in Tokyo and 15:00 on the 14th in New York.
    Map<String, Object> arrival = Map.of("at", Instant.parse("2027-01-14T20:00:00Z"));
    String pattern = "{at, date, long} {at, time, short}";

    assertThat(renderer.render(pattern, "en", TOKYO, arrival))
        .isEqualTo("January 15, 2027 5:00\u202fAM");
    assertThat(renderer.render(pattern, "en", ZoneId.of("America/New_York"), arrival))
        .isEqualTo("January 14, 2027 3:00\u202fPM");
    assertThat(renderer.render(pattern, "en", ZoneOffset.ofHours(9), arrival))
        .isEqualTo("January 15, 2027 5:00\u202fAM");
  }

  @Test
  void showsAZonedDateTimeOnTheHotelsClock() {
    ZonedDateTime inUtc = ZonedDateTime.of(2027, 1, 14, 20, 0, 0, 0, ZoneOffset.UTC);

    assertThat(renderer.render("{at, time, short}", "de", TOKYO, Map.of("at", inUtc)))
        .isEqualTo("05:00");
  }

  @Test
  void usesTheHotelsZoneForDatesInsideSelectAndPlural() {
    Map<String, Object> values =
        Map.of("at", Instant.parse("2027-01-14T20:00:00Z"), "flag", true, "n", 2);
    String pattern =
        "{flag, select, yes {{n, plural, other {# nights from {at, date, long}}}} other {}}";

    assertThat(renderer.render(pattern, "en", TOKYO, values))
        .isEqualTo("2 nights from January 15, 2027");
  }

  @Test
  void givesADateWithoutStyleAMediumDate() {
    Map<String, Object> values =
        Map.of("checkIn", JANUARY_15, "time", LocalTime.of(14, 0), "flag", false);

    assertThat(renderer.render("{checkIn} at {time}", "en", TOKYO, values))
        .isEqualTo("Jan 15, 2027 at 2:00\u202fPM");
    assertThat(
            renderer.render(
                "{flag, select, yes {} other {from {checkIn}}}", "en", KIRITIMATI, values))
        .isEqualTo("from Jan 15, 2027");
  }

  @Test
  void showsATimeOfDayInTheLanguage() {
    Map<String, Object> time = Map.of("time", LocalTime.of(14, 0));

    assertThat(renderer.render("{time, time, short}", "en", TOKYO, time)).isEqualTo("2:00\u202fPM");
    assertThat(renderer.render("{time, time, short}", "de", PAGO_PAGO, time)).isEqualTo("14:00");
    assertThat(renderer.render("{time, time, short}", "ja", KIRITIMATI, time)).isEqualTo("14:00");
  }

  @Test
  void showsALocalDateTimeAsThatWallTime() {
    Map<String, Object> at = Map.of("at", LocalDateTime.of(2027, 1, 15, 23, 30));

    assertThat(renderer.render("{at, date, long} {at, time, short}", "en", PAGO_PAGO, at))
        .isEqualTo("January 15, 2027 11:30\u202fPM");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | ¥54,000",
        "ja | ￥54,000",
        "de | 54.000\u00a0¥",
        "fr | 54\u202f000\u00a0JPY",
        "es | 54.000\u00a0JPY",
        "pt | JP¥\u00a054.000",
      })
  void formatsYenWithoutDecimalsInTheLanguage(String language, String expected) {
    Money total = new Money(new BigDecimal("54000.00"), "JPY");

    assertThat(renderer.render("{total}", language, TOKYO, Map.of("total", total)))
        .isEqualTo(expected);
  }

  @Test
  void formatsOtherCurrenciesWithTheirOwnDecimals() {
    Money total = new Money(new BigDecimal("12.5"), "EUR");

    assertThat(renderer.render("{total}", "en", TOKYO, Map.of("total", total))).isEqualTo("€12.50");
    assertThat(renderer.render("{total}", "de", TOKYO, Map.of("total", total)))
        .isEqualTo("12,50\u00a0€");
  }

  @Test
  void refusesMoneyInAnUnknownCurrency() {
    assertThatThrownBy(() -> new Money(BigDecimal.ONE, "XYZW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XYZW");
  }

  @Test
  void keepsNumbersAsNumbers() {
    assertThat(renderer.render("{n, number}", "de", TOKYO, Map.of("n", 1234567)))
        .isEqualTo("1.234.567");
    assertThat(
            renderer.render(
                "{n, plural, one {# Nacht} other {# Nächte}}", "de", TOKYO, Map.of("n", 2L)))
        .isEqualTo("2 Nächte");
  }

  @Test
  void turnsFlagsIntoYesOrNoAndEnumsIntoTheirNames() {
    String flag = "{hasRoom, select, yes {for room {room}} other {for you}}";
    String status = "{status, select, CHECKED_IN {in house} other {elsewhere}}";

    assertThat(renderer.render(flag, "en", TOKYO, Map.of("hasRoom", true, "room", "401")))
        .isEqualTo("for room 401");
    assertThat(renderer.render(flag, "en", TOKYO, Map.of("hasRoom", false, "room", "")))
        .isEqualTo("for you");
    assertThat(renderer.render(status, "en", TOKYO, Map.of("status", BookingStatus.CHECKED_IN)))
        .isEqualTo("in house");
  }

  @Test
  void rendersApostrophesAsApostrophes() {
    String pattern =
        "Aujourd'hui, l'équipe d''{hotelName} vous répond : c'est {n, plural, "
            + "one {l'affaire d''# nuit} other {l'affaire de # nuits}}. '{'n'}'";

    assertThat(renderer.render(pattern, "fr", TOKYO, Map.of("hotelName", "Hotel Sakura", "n", 1)))
        .isEqualTo(
            "Aujourd'hui, l'équipe d'Hotel Sakura vous répond : c'est l'affaire d'1 nuit. {n}");
  }

  @Test
  void namesEveryMissingVariable() {
    String pattern =
        "Hello {guestName}, {nights, plural, one {# night} other {# nights}} at {hotelName}";

    assertThatThrownBy(() -> renderer.render(pattern, "en", TOKYO, Map.of("hotelName", "Sakura")))
        .isInstanceOf(TemplateRenderingException.class)
        .hasMessage("Template variable(s) missing: guestName, nights")
        .satisfies(
            e ->
                assertThat(((TemplateRenderingException) e).missingVariables())
                    .containsExactlyInAnyOrder("guestName", "nights"));
  }

  @Test
  void treatsANullValueAndAVariableInAnUnchosenBranchAsMissing() {
    Map<String, Object> values = new HashMap<>();
    values.put("hasName", false);
    values.put("guestName", null);

    assertThatThrownBy(
            () ->
                renderer.render(
                    "{hasName, select, yes {Hello {guestName}} other {Hello}}",
                    "en",
                    TOKYO,
                    values))
        .isInstanceOf(TemplateRenderingException.class)
        .hasMessageContaining("guestName");
  }

  @Test
  void reportsAValueOfTheWrongType() {
    assertThatThrownBy(
            () ->
                renderer.render(
                    "{nights, plural, one {# night} other {# nights}}",
                    "en",
                    TOKYO,
                    Map.of("nights", "three")))
        .isInstanceOf(TemplateRenderingException.class)
        .hasMessageContaining("three");
  }

  @Test
  void rejectsAnUnmatchedOpeningBrace() {
    assertThatThrownBy(() -> renderer.validate("Hello {guestName"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("Unmatched '{'");
  }

  @Test
  void rejectsAStrayClosingBraceNamingItsPosition() {
    assertThatThrownBy(() -> renderer.validate("Hello {name}} and welcome"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("Unmatched '}' at position 13");
    assertThatThrownBy(() -> renderer.validate("Hello} {name}"))
        .hasMessage("Unmatched '}' at position 6");
  }

  @Test
  void acceptsQuotedBraces() {
    assertThatCode(() -> renderer.validate("Write '{'name'}' or '}' or '{}' and it''s {n}"))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsAPluralWithoutOther() {
    assertThatThrownBy(() -> renderer.validate("{n, plural, one {# night}}"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("other");
  }

  @Test
  void rejectsAnUnknownArgumentType() {
    assertThatThrownBy(() -> renderer.validate("{n, colour}"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessageContaining("colour");
  }

  @Test
  void rejectsNumberedArguments() {
    assertThatThrownBy(() -> renderer.validate("Hello {0}"))
        .isInstanceOf(InvalidTemplateException.class)
        .hasMessage("Use a variable name instead of the number {0} at position 7");
  }

  @Test
  void rejectsAnEmptyText() {
    assertThatThrownBy(() -> renderer.validate(" ")).isInstanceOf(InvalidTemplateException.class);
  }

  @Test
  void rendersThroughTheSameChecks() {
    assertThatThrownBy(() -> renderer.render("Hi {name}}", "en", TOKYO, Map.of("name", "Aiko")))
        .isInstanceOf(InvalidTemplateException.class);
  }

  @Test
  void listsEveryVariableIncludingNestedOnes() {
    String pattern =
        "{a} {b, plural, one {# {c}} other {{c}}} {d, select, yes {{e, date, long}} other {}}";

    assertThat(renderer.variables(pattern)).containsExactly("a", "b", "c", "d", "e");
    assertThat(renderer.variables("No variables, l'hôtel '{'x'}'")).isEmpty();
  }
}
