package org.omotenashi.concierge.agent.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the stay dates out of a guest's message (check-in, check-out, number of nights) in English,
 * Japanese, Spanish, French, Portuguese and German, and in messages that mix them. Construct it
 * once: the constructor compiles every pattern and name table, and {@link #find} keeps no state, so
 * one instance serves all threads.
 *
 * <p>What it recognises:
 *
 * <ul>
 *   <li>dates with a month name from the JDK's locale data, full or abbreviated, with or without
 *       accents, case or the abbreviation's dot ("15 de enero", "Jan 15th", "15. Januar", "15
 *       janv."), misspelled by one letter if the name has five or more ("januray");
 *   <li>numeric dates ("2027-01-15", "15/01", "15.01.", "1月15日", "１月１５日", "2027年1月15日");
 *   <li>ranges ("du 3 au 5 mars", "March 3-5", "3月3日から5日まで", "from the 3rd to the 7th");
 *   <li>nights ("3 nights", "deux nuits", "drei Nächte", "２泊３日");
 *   <li>days relative to today ("tomorrow", "pasado mañana", "vendredi prochain", "este fim de
 *       semana", "nächsten Freitag", "来週の金曜日");
 *   <li>which date is the arrival and which the departure ("check in March 3, check out March 5",
 *       "arrivée le 12 avril", "1月15日から3泊").
 * </ul>
 *
 * <p>What it refuses, returning nothing rather than a guess: a month without a day ("in May"),
 * "next week" and "next month", numbers that count something else ("room 305", "2 adults", "at
 * 10:30", "¥54,000", "SKR-7K3Q9P", phone numbers, "15 minutes"), the morning in "Guten Morgen" or
 * "esta mañana", a farewell ("hasta mañana"), past or habitual days ("last Friday", "jeden
 * Freitag"), an ambiguous numeric date in plain English ("05/03"), and any part the message gives
 * two different values for ("March 3 or 4", "2 or 3 nights").
 *
 * <p>The year: a date without a year is its next occurrence from today, today included ("December
 * 24" asked on December 20 is this year, "January 5" next year); a check-out is the next occurrence
 * after the check-in. A date written with its year is taken as written, even in the past.
 */
public final class StayDates {
  private final MonthSpelling spelling;
  private final NonDates nonDates;
  private final List<Recognizer> recognizers;
  private final StayAssembler assembler = new StayAssembler();

  public StayDates() {
    CalendarNames names = new CalendarNames();
    Set<String> otherWords = new HashSet<>(names.weekdayNames());
    otherWords.addAll(NumberWords.words());
    for (var table :
        List.of(
            WordTables.NIGHT_UNITS,
            WordTables.NOT_A_DAY_AFTER,
            WordTables.CHECK_IN_BEFORE,
            WordTables.CHECK_OUT_BEFORE,
            RelativeWords.TODAY,
            RelativeWords.TOMORROW,
            RelativeWords.DAY_AFTER_TOMORROW)) {
      otherWords.addAll(WordTables.all(table));
    }
    spelling = new MonthSpelling(names, Set.copyOf(otherWords));
    Set<String> gluedToNumbers = new HashSet<>(names.allMonthNames());
    gluedToNumbers.addAll(WordTables.all(WordTables.NIGHT_UNITS));
    nonDates = new NonDates(gluedToNumbers);
    recognizers =
        List.of(
            new NamedDates(names),
            new NumericDates(),
            new JapaneseDates(),
            new DaysWithoutMonth(),
            new RelativeDays(),
            new Weekdays(names),
            new NightCounts());
  }

  /**
   * The stay dates the message names, or empty when it names none.
   *
   * @param text the guest's message
   * @param language the conversation's language: en, ja, es, fr, pt or de (a region such as {@code
   *     en-GB} or {@code en-US} decides the order of an ambiguous numeric date in English); dates
   *     in the other five languages are read too
   * @param today today in the hotel's time zone
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public Optional<StayDatesFound> find(String text, String language, LocalDate today) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(today, "today");
    ConversationLanguage conversation = ConversationLanguage.parse(language);
    if (text.isBlank()) {
      return Optional.empty();
    }
    String cased = spelling.correct(TextFolding.fold(text));
    String readable = nonDates.blank(TextFolding.lowerCase(cased));
    Recognizer.Scan scan = new Recognizer.Scan(readable, cased, conversation, today);
    List<Mention> found = new ArrayList<>();
    for (Recognizer recognizer : recognizers) {
      recognizer.recognize(scan, found);
    }
    return assembler.assemble(scan, found);
  }
}
