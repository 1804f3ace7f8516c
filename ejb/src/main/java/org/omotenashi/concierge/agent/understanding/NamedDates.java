package org.omotenashi.concierge.agent.understanding;

import static org.omotenashi.concierge.agent.understanding.DateGrammar.AND;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.BETWEEN;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.DAY_TO_MONTH;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.MONTH_TO_DAY;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.TO;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.day;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.month;
import static org.omotenashi.concierge.agent.understanding.DateGrammar.year;

import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and ranges written with a month name, in any of the five Latin-script languages: "15 de
 * enero", "January 15", "Jan 15th", "15th of January", "15. Januar", "le 1er mai 2027"; "du 3 au 5
 * mars", "vom 3. bis 5. März", "del 3 al 5 de marzo", "de 3 a 5 de março", "from March 3 to 5",
 * "March 3-5", "between the 3rd and the 5th of March", "3 mars au 5 avril".
 *
 * <p>A month name counts only next to a day number, so "marco" the name, "may" the verb and "mar"
 * the sea are read as months only in "marco 5", "May 3", "3 mar". A day followed by a word that
 * counts something ("May 2 adults", "mar 3 noches") is no day, "3 may be" is the verb, and "3 or
 * 4 March" is no date. Any word next to a day number is looked up in {@link CalendarNames}, which
 * also keeps "set", "out" and "ago" for conversations in their own language.
 */
final class NamedDates implements Recognizer {
  private static final Pattern DAY_MONTH =
      Rx.compile(day("d1") + DAY_TO_MONTH + month("m1") + year("y1"));
  private static final Pattern MONTH_DAY =
      Rx.compile(month("m1") + MONTH_TO_DAY + day("d1") + year("y1"));
  private static final Pattern DAY_RANGE =
      Rx.compile(
          day("d1")
              + "(?:"
              + DAY_TO_MONTH
              + month("m1")
              + year("y1")
              + ")?"
              + TO
              + day("d2")
              + DAY_TO_MONTH
              + month("m2")
              + year("y2"));
  private static final Pattern MONTH_RANGE =
      Rx.compile(
          month("m1")
              + MONTH_TO_DAY
              + day("d1")
              + year("y1")
              + TO
              + "(?:"
              + month("m2")
              + MONTH_TO_DAY
              + ")?"
              + day("d2")
              + year("y2"));
  private static final Pattern BETWEEN_DAYS =
      Rx.compile(
          BETWEEN
              + day("d1")
              + "(?:"
              + DAY_TO_MONTH
              + month("m1")
              + year("y1")
              + ")?"
              + AND
              + day("d2")
              + DAY_TO_MONTH
              + month("m2")
              + year("y2"));
  private static final Pattern BETWEEN_MONTH_DAYS =
      Rx.compile(
          BETWEEN
              + month("m1")
              + MONTH_TO_DAY
              + day("d1")
              + year("y1")
              + AND
              + "(?:"
              + month("m2")
              + MONTH_TO_DAY
              + ")?"
              + day("d2")
              + year("y2"));

  private final CalendarNames names;

  NamedDates(CalendarNames names) {
    this.names = names;
  }

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    if (!scan.hasDigit()) {
      return;
    }
    for (Pattern single : List.of(DAY_MONTH, MONTH_DAY)) {
      each(single, scan, this::single, found);
    }
    for (Pattern range : List.of(DAY_RANGE, MONTH_RANGE, BETWEEN_DAYS, BETWEEN_MONTH_DAYS)) {
      each(range, scan, this::range, found);
    }
  }

  /**
   * Every mention the pattern yields. A match whose words are no month names is retried one
   * character further, since a shorter reading may start inside it.
   */
  private static void each(
      Pattern pattern,
      Scan scan,
      BiFunction<Matcher, Scan, Optional<Mention>> reading,
      List<Mention> found) {
    Matcher m = pattern.matcher(scan.text());
    int from = 0;
    while (from < scan.text().length() && m.find(from)) {
      Optional<Mention> mention = reading.apply(m, scan);
      mention.ifPresent(found::add);
      from = mention.isPresent() ? m.end() : m.start() + 1;
    }
  }

  private Optional<Mention> single(Matcher m, Scan scan) {
    String text = scan.text();
    int day = DateGrammar.number(m, "d1");
    Integer year = DateGrammar.optionalNumber(m, "y1");
    Optional<Month> month = names.month(m.group("m1"), scan.language());
    if (!DateGrammar.isDay(day)
        || month.isEmpty()
        || (year == null && DateGrammar.countsSomethingElse(text, m.end()))
        || (year == null && DateGrammar.mayIsAVerb(text, m.group("m1"), m.end()))
        || DateGrammar.undecided(text, m.start(), m.end())) {
      return Optional.empty();
    }
    return Optional.of(
        new Mention.Date(m.start(), m.end(), new DateSpec.DayMonth(day, month.get(), year)));
  }

  /**
   * A range; the first date takes the month and year written once at the end ("du 3 au 5 mars
   * 2027"), the second the month written once at the start ("March 3 to 5").
   */
  private Optional<Mention> range(Matcher m, Scan scan) {
    int firstDay = DateGrammar.number(m, "d1");
    int secondDay = DateGrammar.number(m, "d2");
    Optional<Month> firstMonth = monthIn(m, "m1", scan);
    Optional<Month> secondMonth = monthIn(m, "m2", scan);
    Integer firstYear = DateGrammar.optionalNumber(m, "y1");
    Integer secondYear = DateGrammar.optionalNumber(m, "y2");
    if (!DateGrammar.isDay(firstDay)
        || !DateGrammar.isDay(secondDay)
        || (m.group("m1") != null && firstMonth.isEmpty())
        || (m.group("m2") != null && secondMonth.isEmpty())
        || (firstMonth.isEmpty() && secondMonth.isEmpty())
        || (secondYear == null && DateGrammar.countsSomethingElse(scan.text(), m.end()))) {
      return Optional.empty();
    }
    Month checkInMonth = firstMonth.orElseGet(secondMonth::get);
    Month checkOutMonth = secondMonth.orElse(checkInMonth);
    // A month written once belongs to both dates, and so does the year written with it.
    boolean oneMonth = firstMonth.isEmpty() || secondMonth.isEmpty();
    Integer checkInYear = firstYear == null && oneMonth ? secondYear : firstYear;
    Integer checkOutYear = secondYear == null && oneMonth ? firstYear : secondYear;
    return Optional.of(
        new Mention.Range(
            m.start(),
            m.end(),
            new DateSpec.DayMonth(firstDay, checkInMonth, checkInYear),
            new DateSpec.DayMonth(secondDay, checkOutMonth, checkOutYear)));
  }

  private Optional<Month> monthIn(Matcher m, String group, Scan scan) {
    return Optional.ofNullable(m.group(group)).flatMap(word -> names.month(word, scan.language()));
  }
}
