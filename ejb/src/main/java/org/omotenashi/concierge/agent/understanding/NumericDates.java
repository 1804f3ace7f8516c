package org.omotenashi.concierge.agent.understanding;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omotenashi.concierge.agent.understanding.ConversationLanguage.NumericOrder;

/**
 * Dates written in numbers only: ISO and Japanese year-first dates ("2027-01-15", "2027/1/15"),
 * dates with slashes or dashes ("15/01", "15/01/2027", "15-01-2027"), German dotted dates
 * ("15.01.", "15.01.2027", "15.1.27") and German dotted ranges ("15.-18.01.").
 *
 * <p>The rule for day and month with slashes or dashes: when only one reading is a real date it is
 * taken, whatever the language ({@code 15/01} and {@code 01/15} are both January 15); when both
 * are, the conversation's order decides ({@link ConversationLanguage}), and plain English refuses.
 * Dotted dates are always day first. A dotted date needs its closing dot or a year, so "at 9.12" or
 * "3.5 stars" are no dates; times and prices are already blanked by {@link NonDates}.
 */
final class NumericDates implements Recognizer {
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<![\\d.\\-/])(?<y>(?:19|20)\\d{2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
              + "(?![\\d])");
  private static final Pattern SLASHED =
      Pattern.compile(
          "(?<![\\d/.,:])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{4}|\\d{2}))?"
              + "(?![\\d/%]|[.,]\\d)");
  private static final Pattern DASHED =
      Pattern.compile("(?<![\\d\\-])(?<a>\\d{1,2})-(?<b>\\d{1,2})-(?<y>\\d{4})(?![\\d])");
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?<![\\d.,])(?<a>\\d{1,2})\\.(?<b>\\d{1,2})\\."
              + "(?:(?<y>\\d{4}|\\d{2})(?![\\d]))?(?![\\d])");
  private static final Pattern DOTTED_RANGE =
      Pattern.compile(
          "(?<![\\d.,])(?<d1>\\d{1,2})\\.\\s*(?:-|bis)\\s*(?<d2>\\d{1,2})\\.(?<m>\\d{1,2})\\."
              + "(?:(?<y>\\d{4}|\\d{2})(?![\\d]))?(?![\\d])");

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    if (!scan.hasDigit()) {
      return;
    }
    String text = scan.text();
    Matcher m = YEAR_FIRST.matcher(text);
    while (m.find()) {
      date(m.start(), m.end(), number(m, "d"), number(m, "m"), year(m.group("y")))
          .ifPresent(found::add);
    }
    for (Pattern pattern : List.of(SLASHED, DASHED)) {
      Matcher ordered = pattern.matcher(text);
      while (ordered.find()) {
        Integer year = year(ordered.group("y"));
        if (year == null && DateGrammar.countsSomethingElse(text, ordered.end())) {
          continue;
        }
        int start = ordered.start();
        int end = ordered.end();
        dayAndMonth(number(ordered, "a"), number(ordered, "b"), scan.conversation().numericOrder())
            .flatMap(dm -> date(start, end, dm[0], dm[1], year))
            .ifPresent(found::add);
      }
    }
    m = DOTTED.matcher(text);
    while (m.find()) {
      date(m.start(), m.end(), number(m, "a"), number(m, "b"), year(m.group("y")))
          .ifPresent(found::add);
    }
    m = DOTTED_RANGE.matcher(text);
    while (m.find()) {
      int first = number(m, "d1");
      int second = number(m, "d2");
      int month = number(m, "m");
      Integer year = year(m.group("y"));
      if (DateGrammar.isDay(first) && DateGrammar.isDay(second) && month >= 1 && month <= 12) {
        found.add(
            new Mention.Range(
                m.start(),
                m.end(),
                new DateSpec.DayMonth(first, Month.of(month), year),
                new DateSpec.DayMonth(second, Month.of(month), year)));
      }
    }
  }

  /** Day and month from two numbers that could be either, or empty when they cannot be told. */
  static Optional<int[]> dayAndMonth(int a, int b, NumericOrder order) {
    boolean dayFirst = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    boolean monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
    if (dayFirst && monthFirst) {
      return switch (order) {
        case DAY_FIRST -> Optional.of(new int[] {a, b});
        case MONTH_FIRST -> Optional.of(new int[] {b, a});
        case UNAMBIGUOUS_ONLY -> a == b ? Optional.of(new int[] {a, b}) : Optional.empty();
      };
    }
    if (dayFirst) {
      return Optional.of(new int[] {a, b});
    }
    return monthFirst ? Optional.of(new int[] {b, a}) : Optional.empty();
  }

  private static Optional<Mention> date(int start, int end, int day, int month, Integer year) {
    if (!DateGrammar.isDay(day) || month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(
        new Mention.Date(start, end, new DateSpec.DayMonth(day, Month.of(month), year)));
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  /** A four-digit year as written; a two-digit one in this century ("15.1.27"). */
  private static Integer year(String digits) {
    if (digits == null) {
      return null;
    }
    int year = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }
}
