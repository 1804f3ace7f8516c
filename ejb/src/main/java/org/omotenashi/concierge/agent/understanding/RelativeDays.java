package org.omotenashi.concierge.agent.understanding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days named relative to today: today and tonight (check-in today), tomorrow, the day after, "in 3
 * days", this weekend and next weekend, in the six languages.
 *
 * <p>Words that also mean something else are read with care. Spanish "mañana" after "la", "esta",
 * "cada"... is the morning ("mañana por la mañana" is still tomorrow). German "morgen" is tomorrow,
 * but not after "Guten", "heute", "am", "jeden"..., and a capitalised "Morgen" is the noun unless
 * it opens a sentence and is not a greeting on its own ("Morgen!"). "今日は" and "今晩は" followed by a
 * pause are greetings. A farewell at the start of a clause ("hasta mañana", "à demain", "bis
 * morgen", "see you tomorrow") is marked as such: it only counts as the end of a range.
 *
 * <p>Weekends run from Friday to Sunday. "This weekend" starts today on a Friday or Saturday and on
 * the coming Friday otherwise; "next weekend" is the first weekend that has not started yet, so on
 * Monday to Thursday it is the same as "this weekend"; 来週末 is the weekend of next week (Monday to
 * Sunday). The check-out on Sunday is implied, and gives way to a number of nights.
 */
final class RelativeDays implements Recognizer {
  private static final Pattern DAY_AFTER_TOMORROW =
      Rx.compile(Rx.words(WordTables.all(RelativeWords.DAY_AFTER_TOMORROW)) + "|明後日|あさって");
  private static final Pattern TOMORROW =
      Rx.compile(Rx.words(WordTables.all(RelativeWords.TOMORROW)) + "|明日|あした");
  private static final Pattern TODAY =
      Rx.compile(Rx.words(WordTables.all(RelativeWords.TODAY)) + "|今日|本日|今夜|今晩|今宵|きょう");
  private static final Pattern IN_DAYS =
      Rx.compile(
          Rx.words(WordTables.all(RelativeWords.IN))
              + "\\s+(?<n>\\d{1,2}|"
              + Rx.words(NumberWords.words())
              + ")\\s+"
              + Rx.words(WordTables.all(RelativeWords.DAYS))
              + "|(?<jn>\\d{1,2}|"
              + NumberWords.KANJI
              + ")\\s*日後");
  private static final Pattern THIS_WEEKEND =
      Rx.compile(Rx.words(WordTables.all(RelativeWords.THIS_WEEKEND)) + "|今週末|この週末");
  private static final Pattern NEXT_WEEKEND =
      Rx.compile(Rx.words(WordTables.all(RelativeWords.NEXT_WEEKEND)));
  private static final Pattern WEEKEND_OF_NEXT_WEEK = Pattern.compile("来週末");

  private static final Pattern SPANISH_MORNING =
      Rx.endingWith(RelativeWords.SPANISH_MORNING_BEFORE);
  private static final Pattern GERMAN_MORNING = Rx.endingWith(RelativeWords.GERMAN_MORNING_BEFORE);
  private static final Pattern GREETING_ALONE = Pattern.compile("^\\s*(?:[!,.]|$)");
  private static final Pattern JAPANESE_GREETING = Pattern.compile("^は\\s*(?:[、。!,.?]|$)");

  /** "hoy en día" is nowadays; "heute Morgen", "heute früh" this morning, mostly already past. */
  private static final Pattern NOT_TODAY_AFTER =
      Rx.beginningWith(List.of("en dia", "morgen", "fruh", "frueh"));

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    String text = scan.text();
    LocalDate today = scan.today();
    Matcher m = DAY_AFTER_TOMORROW.matcher(text);
    while (m.find()) {
      found.add(new Mention.Date(m.start(), m.end(), new DateSpec.On(today.plusDays(2))));
    }
    m = TOMORROW.matcher(text);
    while (m.find()) {
      if (meansTomorrow(scan, m.start(), m.end())) {
        found.add(
            new Mention.Date(
                m.start(),
                m.end(),
                new DateSpec.On(today.plusDays(1)),
                Farewells.before(text, m.start())));
      }
    }
    m = TODAY.matcher(text);
    while (m.find()) {
      if (!Rx.after(JAPANESE_GREETING, text, m.end(), 4)
          && !Rx.after(NOT_TODAY_AFTER, text, m.end(), 10)) {
        found.add(new Mention.Date(m.start(), m.end(), new DateSpec.On(today)));
      }
    }
    m = IN_DAYS.matcher(text);
    while (m.find()) {
      OptionalInt days = NumberWords.parse(m.group("n") != null ? m.group("n") : m.group("jn"));
      if (days.isPresent() && days.getAsInt() >= 1) {
        found.add(
            new Mention.Date(m.start(), m.end(), new DateSpec.On(today.plusDays(days.getAsInt()))));
      }
    }
    weekends(scan, found);
  }

  private void weekends(Scan scan, List<Mention> found) {
    LocalDate today = scan.today();
    boolean startedToday =
        today.getDayOfWeek() == DayOfWeek.FRIDAY || today.getDayOfWeek() == DayOfWeek.SATURDAY;
    LocalDate comingFriday = today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
    LocalDate fridayOfNextWeek =
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(7 + 4);
    Map<Pattern, LocalDate> starts =
        Map.of(
            THIS_WEEKEND, startedToday ? today : comingFriday,
            NEXT_WEEKEND, comingFriday,
            WEEKEND_OF_NEXT_WEEK, fridayOfNextWeek);
    starts.forEach(
        (pattern, start) -> {
          Matcher m = pattern.matcher(scan.text());
          while (m.find()) {
            LocalDate sunday = start.with(TemporalAdjusters.next(DayOfWeek.SUNDAY));
            found.add(
                new Mention.Range(
                    m.start(), m.end(), new DateSpec.On(start), new DateSpec.On(sunday), true));
          }
        });
  }

  private static boolean meansTomorrow(Scan scan, int start, int end) {
    String text = scan.text();
    String word = scan.cased().substring(start, end);
    switch (text.substring(start, end)) {
      case "manana":
        return !Rx.before(SPANISH_MORNING, text, start, 20);
      case "morgen":
        if (Rx.before(GERMAN_MORNING, text, start, 20)) {
          return false;
        }
        if (word.equals("Morgen")) {
          // The noun, unless it opens a sentence: "Morgen kommen wir an." but not "Morgen!".
          return Rx.before(Farewells.CLAUSE_START, text, start, 3)
              && !Rx.after(GREETING_ALONE, text, end, 3);
        }
        return true;
      default:
        return true;
    }
  }
}
