package org.omotenashi.concierge.agent.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces date patterns are built from (a day number, a month name, a year, the connectors of a
 * range) and the checks that refuse a match whose number counts something else.
 */
final class DateGrammar {
  /** Ordinal endings: 3rd, 1er, 2e, 2eme, 1º (folded to 1o). */
  static final String ORDINAL = "(?:st|nd|rd|th|er|re|eme|e|o|°)";

  /** Between day and month: "15 de enero", "15th of January", "15. Januar", "15-jan", "15 mars". */
  static final String DAY_TO_MONTH =
      "(?:\\s*-\\s*|\\s+(?:of\\s+(?:the\\s+)?|de\\s+|del\\s+|do\\s+|da\\s+)|\\s*)";

  /** Between month and day: "January 15", "January the 15th", "Jan-15", "Jan.15". */
  static final String MONTH_TO_DAY = "(?:\\s+the\\s+|\\s*-\\s*|\\s*)";

  /**
   * "to" between two days or dates, with the article that may follow ("al", "bis zum", "to the").
   */
  static final String TO =
      "(?:\\s*[-~]\\s*|\\s+"
          + Rx.anyOf(WordTables.all(WordTables.RANGE_TO))
          + "\\s+)(?:"
          + Rx.anyOf(WordTables.DAY_ARTICLES)
          + "\\s+)?";

  /** "and" between two days after "between". */
  static final String AND =
      "\\s+"
          + Rx.anyOf(WordTables.all(WordTables.RANGE_AND))
          + "\\s+(?:"
          + Rx.anyOf(WordTables.DAY_ARTICLES)
          + "\\s+)?";

  static final String BETWEEN =
      Rx.words(WordTables.all(WordTables.BETWEEN))
          + "\\s+(?:"
          + Rx.anyOf(WordTables.DAY_ARTICLES)
          + "\\s+)?";

  private static final Pattern NOT_A_DAY_AFTER =
      Rx.compile(
          "^[\\s-]*"
              + Rx.words(
                  WordTables.all(
                      WordTables.all(WordTables.NOT_A_DAY_AFTER),
                      WordTables.all(WordTables.NIGHT_UNITS))));

  /** After "3 may", the English verb rather than the month: "3 may be enough", "2 may I". */
  private static final Pattern MAY_THE_VERB =
      Rx.compile("^\\s+(?:be|i|we|you|he|she|they|it|have|not|need|want|come|stay|also)" + Rx.END);

  /** "3 or 4 March", "March 3 or 4": the guest has not decided, so neither date is taken. */
  private static final Pattern UNDECIDED_BEFORE =
      Rx.compile("\\d{1,2}\\p{L}*\\.?\\s+(?:or|o|ou|oder)\\s+$");

  private static final Pattern UNDECIDED_AFTER =
      Rx.compile("^\\s+(?:or|o|ou|oder)\\s+(?:the\\s+|el\\s+|le\\s+)?\\d");

  private DateGrammar() {}

  /**
   * A day of the month, 1 or 2 digits, maybe with an ordinal ending or a German dot, never part of
   * a longer number, a decimal or a time.
   */
  static String day(String group) {
    return "(?<![\\p{L}\\p{N}.,:/])(?<"
        + group
        + ">\\d{1,2})(?:"
        + ORDINAL
        + "(?!\\p{L}))?(?!\\d)(?:\\.(?!\\d))?";
  }

  /**
   * A word that may be a month name, maybe with its abbreviation dot ("janv.", "Jan."). Any word of
   * three to twelve letters matches, and the caller looks it up: one map look-up is much faster
   * than trying a hundred names at every position.
   */
  static String month(String group) {
    return "(?<![\\p{L}])(?<" + group + ">\\p{L}{3,12})\\.?(?![\\p{L}])";
  }

  /** An optional four-digit year: "15 de enero de 2027", "January 15, 2027", "15 mars 2027". */
  static String year(String group) {
    return "(?:\\s*,?\\s*(?:de\\s+|del\\s+)?(?<" + group + ">(?:19|20)\\d{2})(?!\\d))?";
  }

  static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  static Integer optionalNumber(Matcher m, String group) {
    return m.group(group) == null ? null : Integer.valueOf(m.group(group));
  }

  static boolean isDay(int day) {
    return day >= 1 && day <= 31;
  }

  /** Whether the number that ends at {@code end} counts people, rooms, minutes, nights... */
  static boolean countsSomethingElse(String text, int end) {
    return Rx.after(NOT_A_DAY_AFTER, text, end, 40);
  }

  /** Whether "may" ending a day-month match at {@code end} is the verb. */
  static boolean mayIsAVerb(String text, String monthWord, int end) {
    return monthWord.equals("may") && Rx.after(MAY_THE_VERB, text, end, 10);
  }

  /**
   * Whether the date between {@code start} and {@code end} is one of two the guest hesitates on.
   */
  static boolean undecided(String text, int start, int end) {
    return Rx.before(UNDECIDED_BEFORE, text, start, 20) || Rx.after(UNDECIDED_AFTER, text, end, 12);
  }
}
