package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.Map;

/**
 * The per-language words of relative dates: today, tomorrow, the day after, weekends, and what
 * stands around a weekday to make it "next", "of next week", past or habitual. Entries are folded
 * (lower case, no accents); a space also matches a hyphen. Japanese is in {@link RelativeDays} and
 * {@link Weekdays}, as patterns without word edges.
 */
final class RelativeWords {

  static final Map<GuestLanguage, List<String>> TODAY =
      Map.of(
          GuestLanguage.EN,
          List.of("today", "tonight", "tonite", "this evening"),
          GuestLanguage.ES,
          List.of("hoy", "esta noche"),
          GuestLanguage.FR,
          List.of("aujourd'hui", "aujourd hui", "aujourdhui", "ce soir", "cette nuit"),
          GuestLanguage.PT,
          List.of("hoje", "esta noite", "nesta noite"),
          GuestLanguage.DE,
          List.of("heute"));

  static final Map<GuestLanguage, List<String>> TOMORROW =
      Map.of(
          GuestLanguage.EN, List.of("tomorrow", "tmrw", "tmr"),
          GuestLanguage.ES, List.of("manana"),
          GuestLanguage.FR, List.of("demain"),
          GuestLanguage.PT, List.of("amanha"),
          GuestLanguage.DE, List.of("morgen"));

  static final Map<GuestLanguage, List<String>> DAY_AFTER_TOMORROW =
      Map.of(
          GuestLanguage.EN, List.of("day after tomorrow", "overmorrow"),
          GuestLanguage.ES, List.of("pasado manana"),
          GuestLanguage.FR, List.of("apres demain", "apresdemain"),
          GuestLanguage.PT, List.of("depois de amanha"),
          GuestLanguage.DE, List.of("ubermorgen", "uebermorgen"));

  /** "in 3 days": the words before the number, and the word for days after it. */
  static final Map<GuestLanguage, List<String>> IN =
      Map.of(
          GuestLanguage.EN, List.of("in"),
          GuestLanguage.ES, List.of("en", "dentro de"),
          GuestLanguage.FR, List.of("dans"),
          GuestLanguage.PT, List.of("em", "daqui a", "dentro de"),
          GuestLanguage.DE, List.of("in"));

  static final Map<GuestLanguage, List<String>> DAYS =
      Map.of(
          GuestLanguage.EN, List.of("days"),
          GuestLanguage.ES, List.of("dias"),
          GuestLanguage.FR, List.of("jours"),
          GuestLanguage.PT, List.of("dias"),
          GuestLanguage.DE, List.of("tagen"));

  static final Map<GuestLanguage, List<String>> THIS_WEEKEND =
      Map.of(
          GuestLanguage.EN,
          List.of("this weekend", "this coming weekend", "this week end"),
          GuestLanguage.ES,
          List.of("este fin de semana"),
          GuestLanguage.FR,
          List.of("ce week end", "ce weekend"),
          GuestLanguage.PT,
          List.of(
              "este fim de semana",
              "neste fim de semana",
              "esse fim de semana",
              "nesse fim de semana"),
          GuestLanguage.DE,
          List.of("dieses wochenende", "diesem wochenende"));

  static final Map<GuestLanguage, List<String>> NEXT_WEEKEND =
      Map.of(
          GuestLanguage.EN,
          List.of("next weekend", "next week end"),
          GuestLanguage.ES,
          List.of("proximo fin de semana", "fin de semana que viene"),
          GuestLanguage.FR,
          List.of("week end prochain", "weekend prochain", "prochain week end", "prochain weekend"),
          GuestLanguage.PT,
          List.of("proximo fim de semana", "fim de semana que vem"),
          GuestLanguage.DE,
          List.of(
              "nachstes wochenende",
              "nachsten wochenende",
              "naechstes wochenende",
              "kommendes wochenende",
              "kommenden wochenende"));

  /** Before a weekday: the coming one after today ("next Friday", "el próximo viernes"). */
  static final Map<GuestLanguage, List<String>> NEXT_BEFORE =
      Map.of(
          GuestLanguage.EN,
          List.of("next", "coming", "this coming"),
          GuestLanguage.ES,
          List.of("proximo", "proxima"),
          GuestLanguage.FR,
          List.of("prochain"),
          GuestLanguage.PT,
          List.of("proximo", "proxima"),
          GuestLanguage.DE,
          List.of("nachsten", "nachster", "naechsten", "naechster", "kommenden", "kommender"));

  /** After a weekday: "vendredi prochain", "el viernes que viene", "sexta-feira que vem". */
  static final Map<GuestLanguage, List<String>> NEXT_AFTER =
      Map.of(
          GuestLanguage.EN, List.of(),
          GuestLanguage.ES, List.of("que viene", "q viene", "proximo"),
          GuestLanguage.FR, List.of("prochain"),
          GuestLanguage.PT, List.of("que vem", "q vem", "proximo", "proxima"),
          GuestLanguage.DE, List.of());

  /** Before a weekday: that day of next week ("next week Friday", "nächste Woche Freitag"). */
  static final Map<GuestLanguage, List<String>> NEXT_WEEK_BEFORE =
      Map.of(
          GuestLanguage.EN, List.of("next week", "next week's", "next week on"),
          GuestLanguage.ES, List.of(),
          GuestLanguage.FR, List.of(),
          GuestLanguage.PT, List.of(),
          GuestLanguage.DE, List.of("nachste woche", "naechste woche", "kommende woche"));

  /** After a weekday: "Friday next week", "el viernes de la semana que viene". */
  static final Map<GuestLanguage, List<String>> NEXT_WEEK_AFTER =
      Map.of(
          GuestLanguage.EN,
          List.of("next week", "of next week"),
          GuestLanguage.ES,
          List.of("de la semana que viene", "de la proxima semana"),
          GuestLanguage.FR,
          List.of("de la semaine prochaine"),
          GuestLanguage.PT,
          List.of("da proxima semana", "da semana que vem"),
          GuestLanguage.DE,
          List.of(
              "nachste woche",
              "nachster woche",
              "der nachsten woche",
              "in der nachsten woche",
              "naechste woche"));

  /** Around a weekday, a past or habitual day: "last Friday", "cada viernes", "jeden Freitag". */
  static final Map<GuestLanguage, List<String>> NOT_A_STAY_BEFORE =
      Map.of(
          GuestLanguage.EN,
          List.of("last", "every", "each", "past"),
          GuestLanguage.ES,
          List.of("cada", "todos los", "todas las", "el pasado"),
          GuestLanguage.FR,
          List.of("chaque", "tous les", "dernier"),
          GuestLanguage.PT,
          List.of("toda", "todas as", "todos os", "cada", "ultima", "ultimo"),
          GuestLanguage.DE,
          List.of("letzten", "letzter", "letztes", "vergangenen", "vergangener", "jeden", "jede"));

  static final Map<GuestLanguage, List<String>> NOT_A_STAY_AFTER =
      Map.of(
          GuestLanguage.EN, List.of("last week"),
          GuestLanguage.ES, List.of("pasado", "de la semana pasada"),
          GuestLanguage.FR, List.of("dernier", "de la semaine derniere"),
          GuestLanguage.PT, List.of("passado", "passada", "da semana passada"),
          GuestLanguage.DE, List.of("der letzten woche", "letzte woche"));

  /**
   * Before "tomorrow" or a weekday at the start of a clause, a farewell: "Gracias, hasta mañana",
   * "à demain", "até amanhã", "Bis Freitag!". Not a stay unless it ends a range ("de hoy hasta
   * mañana"), and not a farewell inside a sentence ("¿puedo quedarme hasta mañana?").
   */
  static final Map<GuestLanguage, List<String>> FAREWELL_BEFORE =
      Map.of(
          GuestLanguage.EN, List.of(),
          GuestLanguage.ES, List.of("hasta", "hasta el"),
          GuestLanguage.FR, List.of("a"),
          GuestLanguage.PT, List.of("ate", "ate a"),
          GuestLanguage.DE, List.of("bis"));

  /** "See you tomorrow", "see you on Friday": a farewell wherever it stands. */
  static final List<String> SEE_YOU = List.of("see you", "see ya", "see you on", "talk to you");

  /** Before Spanish "mañana", the morning rather than tomorrow: "por la mañana", "esta mañana". */
  static final List<String> SPANISH_MORNING_BEFORE =
      List.of("la", "esta", "cada", "una", "buena", "toda la");

  /**
   * Before German "morgen", the morning rather than tomorrow: "Guten Morgen", "heute morgen", "am
   * Morgen", "jeden Morgen".
   */
  static final List<String> GERMAN_MORNING_BEFORE =
      List.of(
          "guten",
          "gute",
          "schonen",
          "schoenen",
          "am",
          "jeden",
          "heute",
          "gestern",
          "den",
          "dem",
          "einen",
          "diesen",
          "vom",
          "frohen",
          "fruhen",
          "fruehen",
          "morgen");

  /** Before Portuguese "segunda" to "sexta" without "-feira", what makes them weekdays. */
  static final List<String> PORTUGUESE_WEEKDAY_BEFORE =
      List.of("na", "nesta", "esta", "essa", "nessa", "proxima", "ate a", "ate", "desta", "pela");

  static final List<String> PORTUGUESE_WEEKDAY_AFTER = List.of("que vem", "feira");

  /** Before an English weekday abbreviation ("next Fri", "on Sat"), what makes it one. */
  static final List<String> ENGLISH_ABBREVIATION_BEFORE = List.of("next", "this", "on", "coming");

  private RelativeWords() {}
}
