package org.omotenashi.concierge.agent.understanding;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month and weekday names in the five languages written in Latin letters, taken from the JDK's
 * locale data (full and abbreviated, with and without the trailing dot), folded to lower case
 * without accents, plus the few spellings guests use that the locale data lacks. Japanese months
 * are numbers ({@code 1月}) and are read by {@link JapaneseDates}; Japanese weekday kanji come from
 * here too.
 *
 * <p>All names are accepted whatever the conversation's language, because guests mix languages,
 * except three abbreviations that are everyday words elsewhere ("set" and "out" in English, "ago"):
 * those count as months only in a conversation in their own language.
 */
final class CalendarNames {
  private static final List<GuestLanguage> LATIN =
      List.of(
          GuestLanguage.EN, GuestLanguage.ES, GuestLanguage.FR, GuestLanguage.PT, GuestLanguage.DE);
  private static final Set<String> GUARDED_ABBREVIATIONS = Set.of("set", "out", "ago");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** Spellings in real use that the JDK does not list (Latin American, Austrian, informal). */
  private static final Map<String, Month> MORE_MONTHS =
      Map.of(
          "setiembre", Month.SEPTEMBER,
          "sept", Month.SEPTEMBER,
          "mrz", Month.MARCH,
          "janner", Month.JANUARY,
          "feber", Month.FEBRUARY);

  private static final Map<String, DayOfWeek> MORE_ENGLISH_ABBREVIATIONS =
      Map.of(
          "tues", DayOfWeek.TUESDAY,
          "weds", DayOfWeek.WEDNESDAY,
          "thur", DayOfWeek.THURSDAY,
          "thurs", DayOfWeek.THURSDAY);

  /** How much context a weekday name needs before it counts. */
  enum WeekdayForm {
    /** A full name, enough on its own: "viernes", "Freitag". */
    FULL,
    /** Portuguese "sexta" without "-feira": also "sixth", so only after "na", "próxima"... */
    PORTUGUESE_SHORT,
    /** English "Fri", "Sat": only in English and after "next", "this" or "on". */
    ENGLISH_ABBREVIATION
  }

  record WeekdayName(DayOfWeek day, WeekdayForm form) {}

  private final Map<String, Month> months = new HashMap<>();
  private final Map<String, Set<GuestLanguage>> abbreviationOwners = new HashMap<>();
  private final Set<String> fullMonthNames = new HashSet<>();
  private final Map<String, WeekdayName> weekdays = new HashMap<>();
  private final Map<Character, DayOfWeek> japaneseWeekdays = new HashMap<>();

  CalendarNames() {
    for (GuestLanguage language : LATIN) {
      for (Month month : Month.values()) {
        for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
          String name = TextFolding.key(month.getDisplayName(style, language.locale));
          months.put(name, month);
          fullMonthNames.add(name);
        }
        for (TextStyle style : List.of(TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
          String name = withoutDot(TextFolding.key(month.getDisplayName(style, language.locale)));
          months.putIfAbsent(name, month);
          if (!fullMonthNames.contains(name)) {
            abbreviationOwners
                .computeIfAbsent(name, n -> EnumSet.noneOf(GuestLanguage.class))
                .add(language);
          }
        }
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        String name = TextFolding.key(day.getDisplayName(TextStyle.FULL, language.locale));
        if (name.endsWith("-feira")) {
          String stem = name.substring(0, name.length() - "-feira".length());
          weekdays.put(stem + " feira", new WeekdayName(day, WeekdayForm.FULL));
          weekdays.put(stem, new WeekdayName(day, WeekdayForm.PORTUGUESE_SHORT));
        } else {
          weekdays.put(name, new WeekdayName(day, WeekdayForm.FULL));
        }
      }
    }
    MORE_MONTHS.forEach(months::putIfAbsent);
    for (DayOfWeek day : DayOfWeek.values()) {
      String abbreviation =
          TextFolding.key(day.getDisplayName(TextStyle.SHORT, GuestLanguage.EN.locale));
      weekdays.put(abbreviation, new WeekdayName(day, WeekdayForm.ENGLISH_ABBREVIATION));
      String kanji = day.getDisplayName(TextStyle.SHORT, GuestLanguage.JA.locale);
      japaneseWeekdays.put(kanji.charAt(0), day);
    }
    MORE_ENGLISH_ABBREVIATIONS.forEach(
        (name, day) -> weekdays.put(name, new WeekdayName(day, WeekdayForm.ENGLISH_ABBREVIATION)));
  }

  private static String withoutDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** The month a name from folded text (without its trailing dot) stands for. */
  Optional<Month> month(String name) {
    return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The month a word stands for in a conversation in this language. */
  Optional<Month> month(String name, GuestLanguage conversation) {
    String key = name.toLowerCase(Locale.ROOT);
    if (GUARDED_ABBREVIATIONS.contains(key)
        && !abbreviationOwners.getOrDefault(key, Set.of()).contains(conversation)) {
      return Optional.empty();
    }
    return Optional.ofNullable(months.get(key));
  }

  Set<String> allMonthNames() {
    return Collections.unmodifiableSet(months.keySet());
  }

  /** Full month names (not abbreviations), the only candidates for a misspelling. */
  Set<String> fullMonthNames() {
    return Collections.unmodifiableSet(fullMonthNames);
  }

  /** The weekday a name from folded text stands for; "sexta-feira" and "sexta feira" alike. */
  Optional<WeekdayName> weekday(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.length() > 7 && key.endsWith("feira")) {
      key = BLANKS.matcher(key.replace('-', ' ')).replaceAll(" ");
    }
    return Optional.ofNullable(weekdays.get(key));
  }

  Set<String> weekdayNames() {
    return Collections.unmodifiableSet(weekdays.keySet());
  }

  Optional<DayOfWeek> japaneseWeekday(char kanji) {
    return Optional.ofNullable(japaneseWeekdays.get(kanji));
  }

  String japaneseWeekdayKanji() {
    StringBuilder kanji = new StringBuilder();
    japaneseWeekdays.keySet().forEach(kanji::append);
    return kanji.toString();
  }
}
