package org.omotenashi.concierge.agent.understanding;

import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese dates, after folding has turned full-width digits into ASCII: "1月15日", "2027年1月15日",
 * ranges "3月3日から5日まで", "3月3日~3月5日", "3日から5日" (month inferred), and a bare day where a particle
 * marks it as one ("15日に", "15日から"). "2泊3日" is a length of stay, not the 3rd, and "15日間" a
 * duration.
 */
final class JapaneseDates implements Recognizer {
  /** The weekday guests often add in brackets: "12月5日(土)", "12月5日（土曜日）". */
  private static final String WEEKDAY = "(?:\\s*\\(\\s*[月火水木金土日](?:曜日?)?\\s*\\))?";

  private static final String DATE =
      "(?<![\\d])(?:(?<y1>\\d{4})\\s*年\\s*)?(?<m1>\\d{1,2})\\s*月\\s*(?<d1>\\d{1,2})\\s*日" + WEEKDAY;
  private static final String UNTIL = "\\s*(?:から|より|~|-)\\s*";

  private static final Pattern SINGLE = Pattern.compile(DATE);
  private static final Pattern RANGE =
      Pattern.compile(
          DATE
              + UNTIL
              + "(?:(?:(?<y2>\\d{4})\\s*年\\s*)?(?<m2>\\d{1,2})\\s*月\\s*)?"
              + "(?<d2>\\d{1,2})\\s*日"
              + WEEKDAY);
  private static final Pattern DAY_RANGE =
      Pattern.compile(
          "(?<![\\d月泊])(?<d1>\\d{1,2})\\s*日" + WEEKDAY + UNTIL + "(?<d2>\\d{1,2})\\s*日" + WEEKDAY);
  private static final Pattern DAY =
      Pattern.compile(
          "(?<![\\d月泊])(?<d1>\\d{1,2})\\s*日" + WEEKDAY + "(?=\\s*(?:に|から|より|まで|の?チェック))");

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    if (!scan.hasDigit()) {
      return;
    }
    String text = scan.text();
    Matcher m = SINGLE.matcher(text);
    while (m.find()) {
      int month = number(m, "m1");
      int day = number(m, "d1");
      if (isMonth(month) && DateGrammar.isDay(day)) {
        found.add(
            new Mention.Date(
                m.start(), m.end(), new DateSpec.DayMonth(day, Month.of(month), year(m, "y1"))));
      }
    }
    m = RANGE.matcher(text);
    while (m.find()) {
      int firstMonth = number(m, "m1");
      int secondMonth = m.group("m2") == null ? firstMonth : number(m, "m2");
      int first = number(m, "d1");
      int second = number(m, "d2");
      if (isMonth(firstMonth)
          && isMonth(secondMonth)
          && DateGrammar.isDay(first)
          && DateGrammar.isDay(second)) {
        Integer firstYear = year(m, "y1");
        Integer secondYear = m.group("m2") == null ? firstYear : year(m, "y2");
        found.add(
            new Mention.Range(
                m.start(),
                m.end(),
                new DateSpec.DayMonth(first, Month.of(firstMonth), firstYear),
                new DateSpec.DayMonth(second, Month.of(secondMonth), secondYear)));
      }
    }
    m = DAY_RANGE.matcher(text);
    while (m.find()) {
      int first = number(m, "d1");
      int second = number(m, "d2");
      if (DateGrammar.isDay(first) && DateGrammar.isDay(second)) {
        found.add(
            new Mention.Range(
                m.start(),
                m.end(),
                new DateSpec.DayOfMonth(first),
                new DateSpec.DayOfMonth(second)));
      }
    }
    m = DAY.matcher(text);
    while (m.find()) {
      int day = number(m, "d1");
      if (DateGrammar.isDay(day)) {
        found.add(new Mention.Date(m.start(), m.end(), new DateSpec.DayOfMonth(day)));
      }
    }
  }

  private static boolean isMonth(int month) {
    return month >= 1 && month <= 12;
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  private static Integer year(Matcher m, String group) {
    return m.group(group) == null ? null : Integer.valueOf(m.group(group));
  }
}
