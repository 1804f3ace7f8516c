package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StayDatesTest {
  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
  private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

  /** A Sunday near the end of the year. */
  private static final LocalDate DECEMBER_20 = LocalDate.of(2026, 12, 20);

  private static final StayDates STAY_DATES = new StayDates();

  @ParameterizedTest(name = "[{index}] {1}: \"{2}\" on {0}")
  @MethodSource({
    "english",
    "japanese",
    "spanish",
    "french",
    "portuguese",
    "german",
    "mixedLanguages",
    "setAside",
    "yearRollOver"
  })
  void readsTheStayDatesTheMessageNames(
      LocalDate today,
      String language,
      String text,
      LocalDate checkIn,
      LocalDate checkOut,
      Integer nights) {
    Optional<StayDatesFound> found = STAY_DATES.find(text, language, today);

    assertThat(found).contains(new StayDatesFound(checkIn, checkOut, nights));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("notStayDates")
  void findsNoStayDatesWhereTheMessageNamesNone(String language, String text) {
    assertThat(STAY_DATES.find(text, language, MONDAY)).isEmpty();
  }

  @Test
  void refusesALanguageItDoesNotRead() {
    assertThatThrownBy(() -> STAY_DATES.find("domani", "it", MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("it");
  }

  static Stream<Arguments> english() {
    return Stream.of(
        stay("en", "January 15", "2027-01-15", null, null),
        stay("en", "Can we come Jan 15th?", "2027-01-15", null, null),
        stay("en", "15th January please", "2027-01-15", null, null),
        stay("en", "on the 15th of January", "2027-01-15", null, null),
        stay("en", "Arriving 2027-01-15", "2027-01-15", null, null),
        stay("en", "15/01", "2027-01-15", null, null),
        stay("en", "01/15", "2027-01-15", null, null),
        stay("en-GB", "05/03", "2027-03-05", null, null),
        stay("en-US", "05/03", "2027-05-03", null, null),
        stay("en", "from March 3 to 5", "2027-03-03", "2027-03-05", 2),
        stay("en", "March 3-5", "2027-03-03", "2027-03-05", 2),
        stay("en", "between the 3rd and the 5th of March", "2027-03-03", "2027-03-05", 2),
        stay("en", "from the 3rd to the 7th", "2026-12-03", "2026-12-07", 4),
        stay("en", "check in March 3, check out March 5", "2027-03-03", "2027-03-05", 2),
        stay("en", "3 nights", null, null, 3),
        stay("en", "Do you have a room for two nights?", null, null, 2),
        stay("en", "tomorrow", "2026-11-24", null, null),
        stay("en", "Is a room free today?", "2026-11-23", null, null),
        stay("en", "tonight", "2026-11-23", null, null),
        stay("en", "the day after tomorrow", "2026-11-25", null, null),
        stay("en", "next Friday", "2026-11-27", null, null),
        stay("en", "this Friday", "2026-11-27", null, null),
        stay("en", "on Friday", "2026-11-27", null, null),
        stay("en", "next Fri", "2026-11-27", null, null),
        stay("en", "Friday next week", "2026-12-04", null, null),
        stay("en", "this weekend", "2026-11-27", "2026-11-29", 2),
        on(SATURDAY, "en", "this weekend", "2026-11-28", "2026-11-29", 1),
        on(SATURDAY, "en", "next weekend", "2026-12-04", "2026-12-06", 2),
        on(FRIDAY, "en", "this Friday", "2026-11-27", null, null),
        on(FRIDAY, "en", "next Friday", "2026-12-04", null, null),
        stay("en", "next Friday for 3 nights", "2026-11-27", "2026-11-30", 3),
        stay("en", "this weekend, just one night", "2026-11-27", "2026-11-28", 1),
        stay("en", "januray 15", "2027-01-15", null, null),
        stay("en", "febuary 3rd", "2027-02-03", null, null),
        stay("en", "Can I check out tomorrow?", null, "2026-11-24", null),
        stay("en", "3 nights, checking out March 5", "2027-03-02", "2027-03-05", 3),
        stay("en", "in 3 days", "2026-11-26", null, null),
        stay("en", "Feb 29", "2028-02-29", null, null),
        stay("en", "2 adults, 3 nights from Jan 15", "2027-01-15", "2027-01-18", 3),
        stay("en", "Friday, March 5 for 2 nights", "2027-03-05", "2027-03-07", 2),
        stay("en", "We arrive on the 30th and leave January 2", "2026-12-30", "2027-01-02", 3),
        stay("en", "I'd like to extend until the 28th", null, "2026-11-28", null),
        stay("en", "From tomorrow until Friday", "2026-11-24", "2026-11-27", 3),
        stay("en", "My phone is 612 345 678, arriving Dec 3", "2026-12-03", null, null));
  }

  static Stream<Arguments> japanese() {
    return Stream.of(
        stay("ja", "1月15日", "2027-01-15", null, null),
        stay("ja", "１月１５日に泊まりたいです", "2027-01-15", null, null),
        stay("ja", "2027年1月15日", "2027-01-15", null, null),
        stay("ja", "1/15", "2027-01-15", null, null),
        stay("ja", "3/5", "2027-03-05", null, null),
        stay("ja", "3月3日から5日まで", "2027-03-03", "2027-03-05", 2),
        stay("ja", "3月3日～3月5日", "2027-03-03", "2027-03-05", 2),
        stay("ja", "3日から5日まで空いていますか", "2026-12-03", "2026-12-05", 2),
        stay("ja", "3泊したいです", null, null, 3),
        stay("ja", "２泊３日", null, null, 2),
        stay("ja", "二泊でお願いします", null, null, 2),
        stay("ja", "明日", "2026-11-24", null, null),
        stay("ja", "明後日から", "2026-11-25", null, null),
        stay("ja", "今夜空いていますか", "2026-11-23", null, null),
        stay("ja", "今日は空いていますか", "2026-11-23", null, null),
        stay("ja", "今週末", "2026-11-27", "2026-11-29", 2),
        stay("ja", "来週末", "2026-12-04", "2026-12-06", 2),
        stay("ja", "来週の金曜日", "2026-12-04", null, null),
        stay("ja", "金曜日に行きます", "2026-11-27", null, null),
        stay("ja", "1月15日から3泊", "2027-01-15", "2027-01-18", 3),
        stay("ja", "15日にチェックイン", "2026-12-15", null, null),
        stay("ja", "3月5日にチェックアウトします", null, "2027-03-05", null),
        stay("ja", "大人2名で2泊", null, null, 2),
        stay("ja", "12月5日（土）〜7日（月）", "2026-12-05", "2026-12-07", 2));
  }

  static Stream<Arguments> spanish() {
    return Stream.of(
        stay("es", "15 de enero", "2027-01-15", null, null),
        stay("es", "el 15 de enero, 2 noches", "2027-01-15", "2027-01-17", 2),
        stay("es", "15 de enero de 2027", "2027-01-15", null, null),
        stay("es", "del 3 al 5 de marzo", "2027-03-03", "2027-03-05", 2),
        stay("es", "entre el 3 y el 5 de marzo", "2027-03-03", "2027-03-05", 2),
        stay("es", "del 3 al 7", "2026-12-03", "2026-12-07", 4),
        stay("es", "15/01", "2027-01-15", null, null),
        stay("es", "05/03", "2027-03-05", null, null),
        stay("es", "3 noches", null, null, 3),
        stay("es", "tres noches", null, null, 3),
        stay("es", "una noche", null, null, 1),
        stay("es", "mañana", "2026-11-24", null, null),
        stay("es", "Llegamos mañana por la mañana", "2026-11-24", null, null),
        stay("es", "pasado mañana", "2026-11-25", null, null),
        stay("es", "hoy", "2026-11-23", null, null),
        stay("es", "esta noche", "2026-11-23", null, null),
        stay("es", "el próximo viernes", "2026-11-27", null, null),
        stay("es", "el viernes", "2026-11-27", null, null),
        stay("es", "este fin de semana", "2026-11-27", "2026-11-29", 2),
        stay("es", "¿Puedo quedarme hasta mañana?", null, "2026-11-24", null),
        stay("es", "llegada el 12 de abril, salida el 15 de abril", "2027-04-12", "2027-04-15", 3),
        stay("es", "vista al mar 3 noches", null, null, 3),
        stay("es", "15 de setiembre", "2027-09-15", null, null),
        stay("es", "15 de febero", "2027-02-15", null, null),
        stay("es", "llego el sábado y me voy el lunes", "2026-11-28", "2026-11-30", 2));
  }

  static Stream<Arguments> french() {
    return Stream.of(
        stay("fr", "du 3 au 5 mars", "2027-03-03", "2027-03-05", 2),
        stay("fr", "entre le 3 et le 5 mars", "2027-03-03", "2027-03-05", 2),
        stay("fr", "du 3 mars au 5 avril", "2027-03-03", "2027-04-05", 33),
        stay("fr", "du 3 au 7", "2026-12-03", "2026-12-07", 4),
        stay("fr", "deux nuits", null, null, 2),
        stay("fr", "2 nuits", null, null, 2),
        stay("fr", "demain", "2026-11-24", null, null),
        stay("fr", "après-demain", "2026-11-25", null, null),
        stay("fr", "aujourd’hui", "2026-11-23", null, null),
        stay("fr", "ce soir", "2026-11-23", null, null),
        stay("fr", "vendredi prochain", "2026-11-27", null, null),
        stay("fr", "vendredi de la semaine prochaine", "2026-12-04", null, null),
        stay("fr", "ce week-end", "2026-11-27", "2026-11-29", 2),
        on(SATURDAY, "fr", "le week-end prochain", "2026-12-04", "2026-12-06", 2),
        stay("fr", "arrivée le 12 avril pour 4 nuits", "2027-04-12", "2027-04-16", 4),
        stay("fr", "le 15 janv.", "2027-01-15", null, null),
        stay("fr", "15 févr", "2027-02-15", null, null),
        stay("fr", "le 3 fevrier", "2027-02-03", null, null),
        stay("fr", "le 1er mai", "2027-05-01", null, null),
        stay("fr", "15/01", "2027-01-15", null, null),
        stay("fr", "le 15", "2026-12-15", null, null),
        stay("fr", "DU 3 AU 5 MARS", "2027-03-03", "2027-03-05", 2),
        stay("fr", "J'arrive le 3 et je repars le 5 mars", "2027-03-03", "2027-03-05", 2),
        stay("fr", "une chambre le samedi 5 décembre", "2026-12-05", null, null));
  }

  static Stream<Arguments> portuguese() {
    return Stream.of(
        stay("pt", "de 3 a 5 de março", "2027-03-03", "2027-03-05", 2),
        stay("pt", "do dia 3 ao dia 7", "2026-12-03", "2026-12-07", 4),
        stay("pt", "2 noites", null, null, 2),
        stay("de", "Können wir 3 statt 2 Nächte bleiben?", null, null, 3),
        stay("en", "could we stay 4 instead of 3 nights", null, null, 4),
        stay("fr", "3 au lieu de 2 nuits, s'il vous plaît", null, null, 3),
        stay("pt", "duas noites", null, null, 2),
        stay("pt", "amanhã", "2026-11-24", null, null),
        stay("pt", "depois de amanhã", "2026-11-25", null, null),
        stay("pt", "hoje à noite", "2026-11-23", null, null),
        stay("pt", "na próxima sexta", "2026-11-27", null, null),
        stay("pt", "sexta-feira que vem", "2026-11-27", null, null),
        stay("pt", "no sábado", "2026-11-28", null, null),
        stay("pt", "este fim de semana", "2026-11-27", "2026-11-29", 2),
        stay("pt", "15 de setembro", "2027-09-15", null, null),
        stay("pt", "15 de septembro", "2027-09-15", null, null),
        stay("pt", "15 de marco", "2027-03-15", null, null),
        stay("pt", "no dia 15", "2026-12-15", null, null),
        stay("pt", "15/01", "2027-01-15", null, null),
        stay("pt", "chegada dia 10 de dezembro, 3 noites", "2026-12-10", "2026-12-13", 3),
        stay("pt", "1º de janeiro", "2027-01-01", null, null),
        stay("pt", "5 out.", "2027-10-05", null, null),
        stay("pt", "Bom dia! Queremos 3 diárias a partir de amanhã", "2026-11-24", "2026-11-27", 3),
        stay("pt", "fico até sexta", null, "2026-11-27", null));
  }

  static Stream<Arguments> german() {
    return Stream.of(
        stay("de", "15. Januar", "2027-01-15", null, null),
        stay("de", "15.01.", "2027-01-15", null, null),
        stay("de", "15.01.2027", "2027-01-15", null, null),
        stay("de", "vom 3. bis 5. März", "2027-03-03", "2027-03-05", 2),
        stay("de", "vom 3. bis 7.", "2026-12-03", "2026-12-07", 4),
        stay("de", "15.-18.01.", "2027-01-15", "2027-01-18", 3),
        stay("de", "drei Nächte", null, null, 3),
        stay("de", "3 Nächte", null, null, 3),
        stay("de", "2 Übernachtungen", null, null, 2),
        stay("de", "Wir kommen morgen an", "2026-11-24", null, null),
        stay("de", "Guten Morgen, wir kommen morgen", "2026-11-24", null, null),
        stay("de", "Morgen kommen wir an.", "2026-11-24", null, null),
        stay("de", "übermorgen", "2026-11-25", null, null),
        stay("de", "nächsten Freitag", "2026-11-27", null, null),
        stay("de", "am Freitag", "2026-11-27", null, null),
        stay("de", "nächste Woche Freitag", "2026-12-04", null, null),
        stay("de", "dieses Wochenende", "2026-11-27", "2026-11-29", 2),
        stay("de", "ab dem 3. Mai für 2 Nächte", "2027-05-03", "2027-05-05", 2),
        stay("de", "15. Marz", "2027-03-15", null, null),
        stay("de", "von heute bis morgen", "2026-11-23", "2026-11-24", 1),
        stay("de", "Anreise am 3. Mai, Abreise am 7. Mai", "2027-05-03", "2027-05-07", 4),
        stay("de", "2 Erwachsene, 3 Nächte", null, null, 3),
        stay("de", "Wir bleiben bis Sonntag", null, "2026-11-29", null),
        stay("de", "Samstag, 5.12.", "2026-12-05", null, null));
  }

  static Stream<Arguments> mixedLanguages() {
    return Stream.of(
        stay("en", "Hola, do you have a room del 3 al 5 de marzo?", "2027-03-03", "2027-03-05", 2),
        stay("es", "Hola, do you have a room from March 3 to 5?", "2027-03-03", "2027-03-05", 2),
        stay("en", "Bonjour, I arrive le 15 janvier for 2 nights", "2027-01-15", "2027-01-17", 2),
        stay("en", "Can I book 2 noches from mañana?", "2026-11-24", "2026-11-26", 2),
        stay("en", "明日から2泊 please", "2026-11-24", "2026-11-26", 2),
        stay("de", "Wir möchten 3 nights ab dem 15. Januar", "2027-01-15", "2027-01-18", 3));
  }

  /** A day the guest sets aside ("instead of the 11th") is no date of the stay. */
  static Stream<Arguments> setAside() {
    return Stream.of(
        stay("en", "checking out on 12 May instead of the 11th", null, "2027-05-12", null),
        stay("en", "3 instead of 2 nights", null, null, 3),
        stay("pt", "a gente vai sair dia 22 de dezembro e não mais dia 24", null, "2026-12-22", null),
        stay("fr", "arrivée le 10 avril au lieu du 3, départ le 13", "2027-04-10", "2027-04-13", 3),
        stay("es", "tienen cuarto para el lunes q viene?", "2026-11-30", null, null));
  }

  static Stream<Arguments> yearRollOver() {
    return Stream.of(
        on(DECEMBER_20, "en", "January 5", "2027-01-05", null, null),
        on(DECEMBER_20, "en", "December 24", "2026-12-24", null, null),
        on(DECEMBER_20, "en", "December 20", "2026-12-20", null, null),
        on(DECEMBER_20, "en", "December 19", "2027-12-19", null, null),
        on(DECEMBER_20, "en", "from December 30 to January 2", "2026-12-30", "2027-01-02", 3),
        on(DECEMBER_20, "de", "15.01.", "2027-01-15", null, null),
        on(DECEMBER_20, "en", "from the 28th to the 2nd", "2026-12-28", "2027-01-02", 5),
        on(DECEMBER_20, "en", "this weekend", "2026-12-25", "2026-12-27", 2),
        on(DECEMBER_20, "es", "mañana", "2026-12-21", null, null),
        on(DECEMBER_20, "ja", "1月3日から2泊", "2027-01-03", "2027-01-05", 2));
  }

  static Stream<Arguments> notStayDates() {
    return Stream.of(
        Arguments.of("en", "room 305"),
        Arguments.of("en", "We are 2 adults"),
        Arguments.of("en", "a table for 2 people"),
        Arguments.of("en", "Breakfast at 10:30?"),
        Arguments.of("en", "my booking SKR-7K3Q9P"),
        Arguments.of("en", "call me on +81 90-1234-5678"),
        Arguments.of("en", "or 090-1234-5678"),
        Arguments.of("en", "I'm 15 minutes late"),
        Arguments.of("en", "It was ¥54,000"),
        Arguments.of("en", "May 2 adults join?"),
        Arguments.of("en", "Any rooms in May?"),
        Arguments.of("en", "next week"),
        Arguments.of("en", "last Friday"),
        Arguments.of("en", "See you tomorrow!"),
        Arguments.of("en", "March 3 or 4"),
        Arguments.of("en", "2 or 3 nights"),
        Arguments.of("en", "05/03"),
        Arguments.of("en", "5 out of 5 stars"),
        Arguments.of("en", "April 31"),
        Arguments.of("en", "Good night"),
        Arguments.of("en", "3 may be ok"),
        Arguments.of("en", "See you on Friday!"),
        Arguments.of("en", "Is it 15% off?"),
        Arguments.of("es", "Buenos días, ¿tienen habitación?"),
        Arguments.of("es", "Somos 2 adultos"),
        Arguments.of("es", "Esta mañana llamé"),
        Arguments.of("es", "Gracias, hasta mañana"),
        Arguments.of("es", "Buenas noches"),
        Arguments.of("es", "la semana que viene"),
        Arguments.of("es", "cada viernes"),
        Arguments.of("es", "Hasta el viernes, gracias"),
        Arguments.of("fr", "nous sommes 2 adultes"),
        Arguments.of("fr", "À demain !"),
        Arguments.of("fr", "Le petit déjeuner à 8h30 ?"),
        Arguments.of("pt", "Bom dia, tudo bem?"),
        Arguments.of("pt", "Marco vai chegar"),
        Arguments.of("pt", "Até amanhã!"),
        Arguments.of("pt", "somos 2 adultos"),
        Arguments.of("pt", "a segunda opção é melhor"),
        Arguments.of("de", "Guten Morgen!"),
        Arguments.of("de", "Morgen! Haben Sie ein Zimmer?"),
        Arguments.of("de", "2 Erwachsene"),
        Arguments.of("de", "Bis morgen!"),
        Arguments.of("de", "um 15 Uhr"),
        Arguments.of("de", "nächste Woche"),
        Arguments.of("de", "jeden Freitag"),
        Arguments.of("de", "Zimmer 12, 3,5 Sterne"),
        Arguments.of("de", "heute Morgen habe ich angerufen"),
        Arguments.of("de", "Bis Freitag!"),
        Arguments.of("ja", "大人2名"),
        Arguments.of("ja", "今日は、部屋はありますか"),
        Arguments.of("ja", "こんばんは"),
        Arguments.of("ja", "1泊あたり¥20,000です"),
        Arguments.of("ja", "毎週金曜日"),
        Arguments.of("ja", "来週"),
        Arguments.of("ja", "2〜3泊"),
        Arguments.of("ja", "15時にチェックイン"),
        Arguments.of("ja", "一泊いくらになりますか？"));
  }

  private static Arguments stay(
      String language, String text, String checkIn, String checkOut, Integer nights) {
    return on(MONDAY, language, text, checkIn, checkOut, nights);
  }

  private static Arguments on(
      LocalDate today,
      String language,
      String text,
      String checkIn,
      String checkOut,
      Integer nights) {
    return Arguments.of(today, language, text, date(checkIn), date(checkOut), nights);
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
