package org.omotenashi.concierge.agent.understanding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The small per-language word tables around dates: what a night is called, what a number can count
 * instead of a day or a night, the connectors of a range, and the words that say a date is the
 * arrival or the departure. Entries are folded (lower case, no accents) like the text they are
 * matched against; Japanese entries are read after the number they follow.
 */
final class WordTables {

  /** What is counted in nights: "3 noches", "deux nuits", "2 Übernachtungen". */
  static final Map<GuestLanguage, List<String>> NIGHT_UNITS =
      Map.of(
          GuestLanguage.EN,
          List.of("night", "nights", "nite", "nites"),
          GuestLanguage.ES,
          List.of("noche", "noches"),
          GuestLanguage.FR,
          List.of("nuit", "nuits", "nuitee", "nuitees"),
          GuestLanguage.PT,
          List.of("noite", "noites", "diaria", "diarias", "pernoite", "pernoites"),
          GuestLanguage.DE,
          List.of(
              "nacht",
              "nachte",
              "naechte",
              "ubernachtung",
              "ubernachtungen",
              "uebernachtung",
              "uebernachtungen"));

  /**
   * Words that, right after a number, show it counts something other than a day of the month: "May
   * 2 adults", "vista al mar 3 noches", "the 2nd floor", "1/2 pensión".
   */
  static final Map<GuestLanguage, List<String>> NOT_A_DAY_AFTER =
      Map.of(
          GuestLanguage.EN,
          List.of(
              "people",
              "person",
              "persons",
              "pax",
              "guest",
              "guests",
              "adult",
              "adults",
              "kid",
              "kids",
              "child",
              "children",
              "room",
              "rooms",
              "minute",
              "minutes",
              "min",
              "mins",
              "hour",
              "hours",
              "hr",
              "hrs",
              "day",
              "days",
              "week",
              "weeks",
              "month",
              "months",
              "year",
              "years",
              "floor",
              "star",
              "stars",
              "bed",
              "beds",
              "time",
              "times",
              "board",
              "percent",
              "km",
              "euro",
              "euros",
              "dollar",
              "dollars",
              "yen",
              "more",
              "of us"),
          GuestLanguage.ES,
          List.of(
              "persona",
              "personas",
              "adulto",
              "adultos",
              "nino",
              "ninos",
              "nina",
              "ninas",
              "habitacion",
              "habitaciones",
              "minuto",
              "minutos",
              "hora",
              "horas",
              "dias",
              "semana",
              "semanas",
              "mes",
              "meses",
              "ano",
              "anos",
              "piso",
              "estrellas",
              "cama",
              "camas",
              "veces",
              "pension",
              "huesped",
              "huespedes"),
          GuestLanguage.FR,
          List.of(
              "personne",
              "personnes",
              "adulte",
              "adultes",
              "enfant",
              "enfants",
              "chambre",
              "chambres",
              "minute",
              "minutes",
              "heure",
              "heures",
              "jour",
              "jours",
              "semaine",
              "semaines",
              "mois",
              "ans",
              "etage",
              "etoiles",
              "lit",
              "lits",
              "fois",
              "pension"),
          GuestLanguage.PT,
          List.of(
              "pessoa",
              "pessoas",
              "adulto",
              "adultos",
              "crianca",
              "criancas",
              "quarto",
              "quartos",
              "minuto",
              "minutos",
              "hora",
              "horas",
              "dias",
              "semana",
              "semanas",
              "mes",
              "meses",
              "ano",
              "anos",
              "andar",
              "estrelas",
              "cama",
              "camas",
              "vezes",
              "pensao",
              "hospedes"),
          GuestLanguage.DE,
          List.of(
              "person",
              "personen",
              "erwachsene",
              "erwachsener",
              "erwachsenen",
              "kind",
              "kinder",
              "zimmer",
              "minute",
              "minuten",
              "stunde",
              "stunden",
              "tag",
              "tage",
              "tagen",
              "woche",
              "wochen",
              "monat",
              "monate",
              "jahr",
              "jahre",
              "stock",
              "etage",
              "sterne",
              "bett",
              "betten",
              "mal",
              "gaste"));

  /** Between two dates, "to": "au", "al", "bis (zum)", "até (o)", and the dash and tilde. */
  static final Map<GuestLanguage, List<String>> RANGE_TO =
      Map.of(
          GuestLanguage.EN, List.of("to", "till", "til", "until", "through", "thru"),
          GuestLanguage.ES, List.of("al", "a", "hasta", "hasta el"),
          GuestLanguage.FR, List.of("au", "jusqu'au", "jusqu au", "jusqu'a", "jusqu a"),
          GuestLanguage.PT, List.of("ao", "a", "ate", "ate o", "ate ao"),
          GuestLanguage.DE, List.of("bis", "bis zum", "bis einschliesslich"));

  /** Between two dates after "between": "and". */
  static final Map<GuestLanguage, List<String>> RANGE_AND =
      Map.of(
          GuestLanguage.EN, List.of("and"),
          GuestLanguage.ES, List.of("y"),
          GuestLanguage.FR, List.of("et"),
          GuestLanguage.PT, List.of("e"),
          GuestLanguage.DE, List.of("und"));

  static final Map<GuestLanguage, List<String>> BETWEEN =
      Map.of(
          GuestLanguage.EN, List.of("between"),
          GuestLanguage.ES, List.of("entre"),
          GuestLanguage.FR, List.of("entre"),
          GuestLanguage.PT, List.of("entre"),
          GuestLanguage.DE, List.of("zwischen"));

  /** Articles that may stand before a day: "to the 5th", "al 5", "bis zum 5.", "até o dia 5". */
  static final List<String> DAY_ARTICLES =
      List.of(
          "the", "el", "le", "la", "o", "os", "dem", "den", "zum", "dia", "dias", "el dia", "o dia",
          "os dias", "ao dia");

  /** Words that, before a date, make it the arrival. */
  static final Map<GuestLanguage, List<String>> CHECK_IN_BEFORE =
      Map.of(
          GuestLanguage.EN,
          List.of(
              "check in",
              "check-in",
              "checkin",
              "checking in",
              "arrive",
              "arriving",
              "arrival",
              "get in",
              "getting in",
              "from",
              "starting",
              "starting on",
              "coming"),
          GuestLanguage.ES,
          List.of(
              "llegada",
              "llego",
              "llegamos",
              "llegare",
              "llegaremos",
              "llegar",
              "entrada",
              "desde",
              "a partir de",
              "a partir del"),
          GuestLanguage.FR,
          List.of(
              "arrivee",
              "arrive",
              "arrivons",
              "arriverai",
              "arriverons",
              "arriver",
              "a partir du",
              "a partir de"),
          GuestLanguage.PT,
          List.of(
              "chegada",
              "chego",
              "chegamos",
              "chegarei",
              "chegaremos",
              "chegar",
              "entrada",
              "a partir de",
              "a partir do"),
          GuestLanguage.DE,
          List.of("anreise", "ankunft", "ankommen", "anreisen", "ab", "ab dem", "vom", "von"));

  /** Words that, before a date, make it the departure. */
  static final Map<GuestLanguage, List<String>> CHECK_OUT_BEFORE =
      Map.of(
          GuestLanguage.EN,
          List.of(
              "check out",
              "check-out",
              "checkout",
              "checking out",
              "leave",
              "leaving",
              "departure",
              "depart",
              "departing",
              "until",
              "till"),
          GuestLanguage.ES,
          List.of(
              "salida",
              "salgo",
              "salimos",
              "saldre",
              "saldremos",
              "salir",
              "me voy",
              "nos vamos",
              "me marcho",
              "nos marchamos",
              "hasta"),
          GuestLanguage.FR,
          List.of(
              "depart",
              "pars",
              "partons",
              "partirai",
              "partirons",
              "partir",
              "repars",
              "repartons",
              "repartirai",
              "repartirons",
              "jusqu'au",
              "jusqu au"),
          GuestLanguage.PT,
          List.of(
              "saida", "saio", "saimos", "sair", "partida", "vou embora", "vamos embora", "ate"),
          GuestLanguage.DE,
          List.of("abreise", "abfahrt", "abreisen", "reisen ab", "fahren ab", "bis", "bis zum"));

  /** Japanese arrival words, which follow the date ("1月15日にチェックイン") or precede it. */
  static final List<String> JAPANESE_CHECK_IN = List.of("チェックイン", "到着", "から", "より");

  static final List<String> JAPANESE_CHECK_OUT = List.of("チェックアウト", "出発", "まで");

  private WordTables() {}

  static Set<String> all(Map<GuestLanguage, List<String>> table) {
    return table.values().stream().flatMap(Collection::stream).collect(Collectors.toSet());
  }

  @SafeVarargs
  static Set<String> all(Collection<String>... lists) {
    return Stream.of(lists).flatMap(Collection::stream).collect(Collectors.toSet());
  }
}
