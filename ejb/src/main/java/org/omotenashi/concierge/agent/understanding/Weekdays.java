package org.omotenashi.concierge.agent.understanding;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omotenashi.concierge.agent.understanding.CalendarNames.WeekdayName;

/**
 * Weekdays: "Friday", "on Friday", "this Friday", "el viernes", "am Freitag", "vendredi", "na
 * sexta", 金曜日 are the coming one, today included; "next Friday", "el próximo viernes", "vendredi
 * prochain", "sexta-feira que vem", "nächsten Freitag", 次の金曜日 the coming one after today; "Friday
 * next week", "nächste Woche Freitag", 来週の金曜日 that day of next week (Monday to Sunday), 今週の金曜日 of
 * this week. "Next Friday" is ambiguous in English (some mean the week after): the coming one is
 * the reading most languages share, and the agent reads dates back to the guest.
 *
 * <p>Past and habitual days ("last Friday", "cada viernes", "jeden Freitag", 毎週金曜日) are no stay.
 * Portuguese "sexta" without "-feira" also means "sixth", so it needs "na", "nesta", "próxima"
 * before it or "que vem" after; English abbreviations ("Fri") need "next", "this" or "on" before
 * them, and only in English. "See you on Friday" is a farewell.
 */
final class Weekdays implements Recognizer {
  private static final int WINDOW = 30;

  private static final Pattern NEXT_BEFORE =
      Rx.endingWith(WordTables.all(RelativeWords.NEXT_BEFORE));
  private static final Pattern NEXT_AFTER =
      Rx.beginningWith(WordTables.all(RelativeWords.NEXT_AFTER));
  private static final Pattern NEXT_WEEK_BEFORE =
      Rx.endingWith(WordTables.all(RelativeWords.NEXT_WEEK_BEFORE));
  private static final Pattern NEXT_WEEK_AFTER =
      Rx.beginningWith(WordTables.all(RelativeWords.NEXT_WEEK_AFTER));
  private static final Pattern NOT_A_STAY_BEFORE =
      Rx.endingWith(WordTables.all(RelativeWords.NOT_A_STAY_BEFORE));
  private static final Pattern NOT_A_STAY_AFTER =
      Rx.beginningWith(WordTables.all(RelativeWords.NOT_A_STAY_AFTER));
  private static final Pattern PORTUGUESE_BEFORE =
      Rx.endingWith(RelativeWords.PORTUGUESE_WEEKDAY_BEFORE);
  private static final Pattern PORTUGUESE_AFTER =
      Rx.beginningWith(RelativeWords.PORTUGUESE_WEEKDAY_AFTER);
  private static final Pattern ENGLISH_BEFORE =
      Rx.endingWith(RelativeWords.ENGLISH_ABBREVIATION_BEFORE);
  private static final Pattern JAPANESE_NOT_A_STAY = Pattern.compile("(?:毎週|先週|先々週|毎)\\s*の?\\s*$");

  private final CalendarNames names;
  private final Pattern latin;
  private final Pattern japanese;

  Weekdays(CalendarNames names) {
    this.names = names;
    // Any word, looked up: "sexta-feira" and "sexta feira" with their second word.
    this.latin = Rx.compile(Rx.START + "(?<w>\\p{L}{2,13}(?:[\\s-]+feira)?)" + Rx.END);
    this.japanese =
        Pattern.compile(
            "(?<![\\d])(?:(?:(?<week>再来週|来週|今週)|(?<next>次))\\s*の?\\s*)?(?<k>["
                + names.japaneseWeekdayKanji()
                + "])曜(?:日)?");
  }

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    String text = scan.text();
    Matcher m = latin.matcher(text);
    while (m.find()) {
      Optional<WeekdayName> weekday = names.weekday(m.group("w"));
      if (weekday.isEmpty()) {
        continue;
      }
      WeekdayName name = weekday.get();
      int start = m.start();
      int end = m.end();
      if (!allowed(name, scan, start, end)
          || Rx.before(NOT_A_STAY_BEFORE, text, start, WINDOW)
          || Rx.after(NOT_A_STAY_AFTER, text, end, WINDOW)) {
        continue;
      }
      DateSpec date;
      if (Rx.before(NEXT_WEEK_BEFORE, text, start, WINDOW)
          || Rx.after(NEXT_WEEK_AFTER, text, end, WINDOW)) {
        date = new DateSpec.WeekdayOfWeek(name.day(), 1);
      } else {
        boolean next =
            Rx.before(NEXT_BEFORE, text, start, WINDOW) || Rx.after(NEXT_AFTER, text, end, WINDOW);
        date = new DateSpec.Weekday(name.day(), next);
      }
      found.add(new Mention.Date(start, end, date, Farewells.before(text, start)));
    }
    m = japanese.matcher(text);
    while (m.find()) {
      if (Rx.before(JAPANESE_NOT_A_STAY, text, m.start(), 6)) {
        continue;
      }
      DayOfWeek day = names.japaneseWeekday(m.group("k").charAt(0)).orElseThrow();
      DateSpec date;
      if (m.group("week") != null) {
        int weeks = m.group("week").equals("今週") ? 0 : m.group("week").equals("来週") ? 1 : 2;
        date = new DateSpec.WeekdayOfWeek(day, weeks);
      } else {
        date = new DateSpec.Weekday(day, m.group("next") != null);
      }
      found.add(new Mention.Date(m.start(), m.end(), date));
    }
  }

  private static boolean allowed(WeekdayName name, Scan scan, int start, int end) {
    return switch (name.form()) {
      case FULL -> true;
      case PORTUGUESE_SHORT ->
          Rx.before(PORTUGUESE_BEFORE, scan.text(), start, WINDOW)
              || Rx.after(PORTUGUESE_AFTER, scan.text(), end, WINDOW);
      case ENGLISH_ABBREVIATION ->
          scan.language() == GuestLanguage.EN
              && Rx.before(ENGLISH_BEFORE, scan.text(), start, WINDOW);
    };
  }
}
