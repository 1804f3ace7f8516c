package org.omotenashi.concierge.agent.understanding;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the mentions found in a message into stay dates, refusing to choose where the message does.
 *
 * <ol>
 *   <li>Overlapping mentions: one with a month beats one without ("from the 3rd to the 7th of
 *       March" is not a range of bare days), then the longer one wins.
 *   <li>A weekday right before or after a date belongs to it ("vendredi 5 mars").
 *   <li>A day without month takes the month of the date after it in the same sentence ("j'arrive
 *       le 3 et je repars le 5 mars").
 *   <li>Two dates joined by "to", "au", "bis", "から", "-"... ("from tomorrow to Friday", "15/01 -
 *       18/01"), or by "and" after "between", become a range.
 *   <li>Each remaining date gets a role from the nearest arrival or departure word before it
 *       ("check out March 5", "hasta el 5", "Abreise am 7.") or, in Japanese, right after it
 *       ("3月5日にチェックアウト"). A date without a role is the check-in when it is the only one.
 *   <li>Check-in, check-out and nights each take the one value their mentions agree on; when two
 *       mentions disagree ("March 3 or March 4", "2 or 3 nights") that part stays unknown.
 *   <li>Two known parts give the third. A check-out that is not after check-in, or more than
 *       {@value #MAX_NIGHTS} nights after it, is dropped; nights that contradict both dates too.
 * </ol>
 */
final class StayAssembler {
  static final int MAX_NIGHTS = 90;

  private static final int ROLE_WINDOW = 40;
  private static final int JAPANESE_ROLE_WINDOW = 10;

  private static final Pattern JOINED_BY_TO =
      Rx.compile(
          "^\\s*,?\\s*(?:[-~]|から|より|"
              + Rx.anyOf(WordTables.all(WordTables.RANGE_TO))
              + ")\\s*(?:"
              + Rx.anyOf(WordTables.DAY_ARTICLES)
              + "\\s+)?$");
  private static final Pattern JOINED_BY_AND =
      Rx.compile(
          "^\\s+"
              + Rx.anyOf(WordTables.all(WordTables.RANGE_AND))
              + "\\s+(?:"
              + Rx.anyOf(WordTables.DAY_ARTICLES)
              + "\\s+)?$");
  private static final Pattern BETWEEN = Rx.endingWith(WordTables.all(WordTables.BETWEEN));
  private static final Pattern WEEKDAY_WITH_DATE =
      Rx.compile("^\\s*[,(]?\\s*(?:the|le|el|den|der|o)?\\s*[,)]?\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？\\n]");
  private static final Pattern CLAUSE_END = Pattern.compile("[、。,.!?！？\\n]");

  private static final Pattern CHECK_IN_BEFORE =
      Rx.compile(Rx.words(WordTables.all(WordTables.CHECK_IN_BEFORE)) + "|チェックイン|到着");
  private static final Pattern CHECK_OUT_BEFORE =
      Rx.compile(Rx.words(WordTables.all(WordTables.CHECK_OUT_BEFORE)) + "|チェックアウト|出発");
  private static final Pattern JAPANESE_CHECK_IN_AFTER =
      Pattern.compile(Rx.anyOf(WordTables.JAPANESE_CHECK_IN));
  private static final Pattern JAPANESE_CHECK_OUT_AFTER =
      Pattern.compile(Rx.anyOf(WordTables.JAPANESE_CHECK_OUT));

  private enum Role {
    CHECK_IN,
    CHECK_OUT,
    NONE
  }

  Optional<StayDatesFound> assemble(Recognizer.Scan scan, List<Mention> found) {
    String text = scan.text();
    List<Mention> mentions = withoutOverlaps(found);
    mentions = withoutWeekdaysOfDates(text, mentions);
    mentions = withMonthOfNextDate(text, mentions);
    mentions = joinRanges(text, mentions);
    mentions.removeIf(mention -> mention instanceof Mention.Date date && date.farewell());
    return stay(text, scan.today(), mentions);
  }

  private static List<Mention> withoutOverlaps(List<Mention> found) {
    List<Mention> ranked = new ArrayList<>(found);
    ranked.sort(
        Comparator.comparing(StayAssembler::withoutMonth)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention mention : ranked) {
      if (kept.stream().noneMatch(mention::overlaps)) {
        kept.add(mention);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  /** A day whose month is only inferred, weaker than any reading that names the month. */
  private static boolean withoutMonth(Mention mention) {
    if (mention instanceof Mention.Date date) {
      return date.date() instanceof DateSpec.DayOfMonth;
    }
    return mention instanceof Mention.Range range && range.checkIn() instanceof DateSpec.DayOfMonth;
  }

  private static List<Mention> withoutWeekdaysOfDates(String text, List<Mention> mentions) {
    List<Mention> kept = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      boolean weekdayOfDate =
          isWeekday(mention)
              && ((i + 1 < mentions.size()
                      && isCalendarDate(mentions.get(i + 1))
                      && gapIs(WEEKDAY_WITH_DATE, text, mention, mentions.get(i + 1)))
                  || (i > 0
                      && isCalendarDate(mentions.get(i - 1))
                      && gapIs(WEEKDAY_WITH_DATE, text, mentions.get(i - 1), mention)));
      if (!weekdayOfDate) {
        kept.add(mention);
      }
    }
    return kept;
  }

  private static boolean isWeekday(Mention mention) {
    return mention instanceof Mention.Date date
        && (date.date() instanceof DateSpec.Weekday
            || date.date() instanceof DateSpec.WeekdayOfWeek);
  }

  private static boolean isCalendarDate(Mention mention) {
    if (mention instanceof Mention.Range range) {
      return range.checkIn() instanceof DateSpec.DayMonth
          || range.checkIn() instanceof DateSpec.DayOfMonth;
    }
    return mention instanceof Mention.Date date
        && (date.date() instanceof DateSpec.DayMonth || date.date() instanceof DateSpec.DayOfMonth);
  }

  /**
   * "J'arrive le 3 et je repars le 5 mars": a day without month takes the month of the date that
   * follows it in the same sentence, like "du 3 au 5 mars" does; a later day takes the month before
   * ("on the 30th and leave January 2" is December 30).
   */
  private static List<Mention> withMonthOfNextDate(String text, List<Mention> mentions) {
    List<Mention> result = new ArrayList<>(mentions);
    for (int i = 0; i + 1 < result.size(); i++) {
      if (result.get(i) instanceof Mention.Date bare
          && bare.date() instanceof DateSpec.DayOfMonth day
          && monthOf(result.get(i + 1)) instanceof DateSpec.DayMonth named
          && !SENTENCE_END.matcher(text).region(bare.end(), result.get(i + 1).start()).find()) {
        DateSpec sameMonth = new DateSpec.DayMonth(day.day(), named.month(), named.year());
        if (day.day() > named.day()) {
          Integer year = named.year();
          if (year != null && named.month() == Month.JANUARY) {
            year = year - 1;
          }
          sameMonth = new DateSpec.DayMonth(day.day(), named.month().minus(1), year);
        }
        result.set(i, new Mention.Date(bare.start(), bare.end(), sameMonth, bare.farewell()));
      }
    }
    return result;
  }

  private static DateSpec monthOf(Mention mention) {
    if (mention instanceof Mention.Date date) {
      return date.date();
    }
    return mention instanceof Mention.Range range ? range.checkIn() : null;
  }

  private static List<Mention> joinRanges(String text, List<Mention> mentions) {
    List<Mention> joined = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention mention = mentions.get(i);
      if (i + 1 < mentions.size()
          && mention instanceof Mention.Date first
          && mentions.get(i + 1) instanceof Mention.Date second
          && (gapIs(JOINED_BY_TO, text, first, second)
              || (gapIs(JOINED_BY_AND, text, first, second)
                  && Rx.before(BETWEEN, text, first.start(), 30)))) {
        joined.add(new Mention.Range(first.start(), second.end(), first.date(), second.date()));
        i++;
      } else {
        joined.add(mention);
      }
    }
    return joined;
  }

  private static boolean gapIs(Pattern pattern, String text, Mention first, Mention second) {
    Matcher m = pattern.matcher(text);
    m.region(first.end(), second.start());
    return m.matches();
  }

  private static Optional<StayDatesFound> stay(
      String text, LocalDate today, List<Mention> mentions) {
    Set<LocalDate> checkIns = new LinkedHashSet<>();
    Set<LocalDate> checkOuts = new LinkedHashSet<>();
    Set<LocalDate> unplaced = new LinkedHashSet<>();
    Set<Integer> nights = new LinkedHashSet<>();
    boolean onlyImpliedCheckOuts = true;
    Map<Mention.Date, Role> roles = roles(text, mentions);

    for (Mention mention : mentions) {
      if (mention instanceof Mention.Range range) {
        Optional<LocalDate> in = range.checkIn().resolve(today, today);
        Optional<LocalDate> out =
            in.flatMap(date -> range.checkOut().resolve(today, date.plusDays(1)));
        if (in.isPresent() && out.isPresent() && isStay(in.get(), out.get())) {
          checkIns.add(in.get());
          checkOuts.add(out.get());
          onlyImpliedCheckOuts &= range.impliedCheckOut();
        }
      } else if (mention instanceof Mention.Nights count) {
        nights.add(count.nights());
      } else if (mention instanceof Mention.Date date && roles.get(date) == Role.CHECK_IN) {
        date.date().resolve(today, today).ifPresent(checkIns::add);
      } else if (mention instanceof Mention.Date date && roles.get(date) == Role.NONE) {
        date.date().resolve(today, today).ifPresent(unplaced::add);
      }
    }
    if (checkIns.isEmpty()) {
      checkIns.addAll(unplaced);
    }
    LocalDate checkIn = onlyOne(checkIns);
    LocalDate earliestCheckOut = checkIn == null ? today : checkIn.plusDays(1);
    for (Mention mention : mentions) {
      if (mention instanceof Mention.Date date && roles.get(date) == Role.CHECK_OUT) {
        Optional<LocalDate> out = date.date().resolve(today, earliestCheckOut);
        out.ifPresent(checkOuts::add);
        onlyImpliedCheckOuts &= out.isEmpty();
      }
    }
    LocalDate checkOut = onlyOne(checkOuts);
    Integer nightCount = onlyOne(nights);
    return complete(checkIn, checkOut, nightCount, onlyImpliedCheckOuts);
  }

  private static Optional<StayDatesFound> complete(
      LocalDate checkIn, LocalDate checkOut, Integer nights, boolean impliedCheckOut) {
    if (checkIn != null && checkOut != null && !isStay(checkIn, checkOut)) {
      checkOut = null;
    }
    if (nights != null && nights > MAX_NIGHTS) {
      nights = null;
    }
    if (checkIn != null && checkOut != null && nights != null) {
      if (impliedCheckOut) {
        checkOut = checkIn.plusDays(nights);
      } else if (ChronoUnit.DAYS.between(checkIn, checkOut) != nights) {
        nights = null;
      }
    }
    if (checkIn != null && checkOut == null && nights != null) {
      checkOut = checkIn.plusDays(nights);
    } else if (checkIn == null && checkOut != null && nights != null) {
      checkIn = checkOut.minusDays(nights);
    } else if (checkIn != null && checkOut != null && nights == null) {
      nights = (int) ChronoUnit.DAYS.between(checkIn, checkOut);
    }
    if (checkIn == null && checkOut == null && nights == null) {
      return Optional.empty();
    }
    return Optional.of(new StayDatesFound(checkIn, checkOut, nights));
  }

  private static boolean isStay(LocalDate checkIn, LocalDate checkOut) {
    long nights = ChronoUnit.DAYS.between(checkIn, checkOut);
    return nights >= 1 && nights <= MAX_NIGHTS;
  }

  private static <T> T onlyOne(Set<T> values) {
    return values.size() == 1 ? values.iterator().next() : null;
  }

  private static Map<Mention.Date, Role> roles(String text, List<Mention> mentions) {
    Map<Mention.Date, Role> roles = new IdentityHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (mentions.get(i) instanceof Mention.Date date) {
        int previousEnd = i == 0 ? 0 : mentions.get(i - 1).end();
        int nextStart = i + 1 == mentions.size() ? text.length() : mentions.get(i + 1).start();
        Role after = japaneseRoleAfter(text, date.end(), nextStart);
        roles.put(date, after != Role.NONE ? after : roleBefore(text, previousEnd, date.start()));
      }
    }
    return roles;
  }

  /** The arrival or departure word nearest before the date, within its sentence. */
  private static Role roleBefore(String text, int previousEnd, int start) {
    int from = Math.max(previousEnd, start - ROLE_WINDOW);
    Matcher sentence = SENTENCE_END.matcher(text).region(from, start);
    while (sentence.find()) {
      from = sentence.end();
    }
    int lastIn = lastEnd(CHECK_IN_BEFORE, text, from, start);
    int lastOut = lastEnd(CHECK_OUT_BEFORE, text, from, start);
    if (lastIn < 0 && lastOut < 0) {
      return Role.NONE;
    }
    return lastIn > lastOut ? Role.CHECK_IN : Role.CHECK_OUT;
  }

  /** A Japanese arrival or departure word right after the date: "15日にチェックイン", "5日まで". */
  private static Role japaneseRoleAfter(String text, int end, int nextStart) {
    int to = Math.min(nextStart, end + JAPANESE_ROLE_WINDOW);
    Matcher clause = CLAUSE_END.matcher(text).region(end, to);
    if (clause.find()) {
      to = clause.start();
    }
    int in = firstStart(JAPANESE_CHECK_IN_AFTER, text, end, to);
    int out = firstStart(JAPANESE_CHECK_OUT_AFTER, text, end, to);
    if (in < 0 && out < 0) {
      return Role.NONE;
    }
    if (in < 0) {
      return Role.CHECK_OUT;
    }
    return out < 0 || in < out ? Role.CHECK_IN : Role.CHECK_OUT;
  }

  private static int lastEnd(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  private static int firstStart(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    return m.find() ? m.start() : -1;
  }
}
