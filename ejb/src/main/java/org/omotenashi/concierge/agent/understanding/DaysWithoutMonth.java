package org.omotenashi.concierge.agent.understanding;

import static org.omotenashi.concierge.agent.understanding.Rx.END;
import static org.omotenashi.concierge.agent.understanding.Rx.START;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the month named without a month: "on the 15th", "el día 15", "le 15", "am 15."; and
 * ranges of them: "from the 3rd to the 7th", "del 3 al 7", "du 3 au 7", "do dia 3 ao dia 7", "vom
 * 3. bis 7.", "between the 3rd and the 5th". The month is the next one in which the day (or the
 * whole range) is still ahead.
 *
 * <p>A bare number is too weak to be a day ("from 3 to 5" may be hours or people), so each form
 * needs what marks a day in its language: an English ordinal after "the", "día"/"dia", the
 * contracted articles "del"/"du"/"vom", the German ordinal dot. Where a month is written too, the
 * named date wins over this reading.
 */
final class DaysWithoutMonth implements Recognizer {
  private static final String EN_DAY = "\\d{1,2})(?:st|nd|rd|th)";
  private static final String FR_DAY = "\\d{1,2})(?:er|e|eme)?";

  private static final List<Pattern> SINGLE =
      List.of(
          Rx.compile(
              START + "(?:(?:on|from|until|till|by)\\s+(?:the\\s+)?|the\\s+)(?<d1>" + EN_DAY + END),
          Rx.compile(START + "dia\\s+(?<d1>\\d{1,2})" + END),
          Rx.compile(START + "(?:le|a\\s+partir\\s+du|jusqu'?\\s?au)\\s+(?<d1>" + FR_DAY + END),
          Rx.compile(
              START + "(?:am|ab\\s+dem|ab|vom|bis\\s+zum|zum|den)\\s+(?<d1>\\d{1,2})\\.(?!\\d)"));

  private static final List<Pattern> RANGES =
      List.of(
          Rx.compile(
              START
                  + "(?:from\\s+)?the\\s+(?<d1>"
                  + EN_DAY
                  + "(?:\\s*-\\s*|\\s+(?:to|till|until|through|thru)\\s+)(?:the\\s+)?(?<d2>"
                  + EN_DAY
                  + END),
          Rx.compile(
              START
                  + "between\\s+the\\s+(?<d1>"
                  + EN_DAY
                  + "\\s+and\\s+(?:the\\s+)?(?<d2>"
                  + EN_DAY
                  + END),
          Rx.compile(
              START
                  + "(?:del|desde\\s+el)\\s+(?:dia\\s+)?(?<d1>\\d{1,2})\\s+(?:al|hasta\\s+el)"
                  + "\\s+(?:dia\\s+)?(?<d2>\\d{1,2})"
                  + END),
          Rx.compile(
              START
                  + "entre\\s+el\\s+(?:dia\\s+)?(?<d1>\\d{1,2})\\s+y\\s+el\\s+(?:dia\\s+)?"
                  + "(?<d2>\\d{1,2})"
                  + END),
          Rx.compile(
              START
                  + "(?:du|a\\s+partir\\s+du)\\s+(?<d1>"
                  + FR_DAY
                  + "\\s+(?:au|jusqu'?\\s?au)\\s+(?<d2>"
                  + FR_DAY
                  + END),
          Rx.compile(
              START + "entre\\s+le\\s+(?<d1>" + FR_DAY + "\\s+et\\s+le\\s+(?<d2>" + FR_DAY + END),
          Rx.compile(
              START
                  + "(?:do|de|desde\\s+o)\\s+dia\\s+(?<d1>\\d{1,2})"
                  + "\\s+(?:ao|a|ate(?:\\s+o|\\s+ao)?)\\s+(?:dia\\s+)?(?<d2>\\d{1,2})"
                  + END),
          Rx.compile(
              START
                  + "entre\\s+(?:os\\s+dias|o\\s+dia)\\s+(?<d1>\\d{1,2})\\s+e\\s+(?:o\\s+dia\\s+)?"
                  + "(?<d2>\\d{1,2})"
                  + END),
          Rx.compile(
              START
                  + "(?:vom|von|ab\\s+dem|ab)\\s+(?<d1>\\d{1,2})\\.\\s*(?:-|bis(?:\\s+zum)?)\\s*"
                  + "(?<d2>\\d{1,2})\\.(?!\\d)"),
          Rx.compile(
              START
                  + "zwischen\\s+dem\\s+(?<d1>\\d{1,2})\\.\\s+und\\s+(?:dem\\s+)?(?<d2>\\d{1,2})"
                  + "\\.(?!\\d)"));

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    if (!scan.hasDigit()) {
      return;
    }
    String text = scan.text();
    for (Pattern pattern : SINGLE) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int day = DateGrammar.number(m, "d1");
        if (DateGrammar.isDay(day)
            && !DateGrammar.countsSomethingElse(text, m.end())
            && !DateGrammar.undecided(text, m.start(), m.end())) {
          // The mention starts at the day, leaving "until", "ab dem", "à partir du" before it to
          // say whether it is the arrival or the departure.
          found.add(new Mention.Date(m.start("d1"), m.end(), new DateSpec.DayOfMonth(day)));
        }
      }
    }
    for (Pattern pattern : RANGES) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        int first = DateGrammar.number(m, "d1");
        int second = DateGrammar.number(m, "d2");
        if (DateGrammar.isDay(first)
            && DateGrammar.isDay(second)
            && !DateGrammar.countsSomethingElse(text, m.end())) {
          found.add(
              new Mention.Range(
                  m.start(),
                  m.end(),
                  new DateSpec.DayOfMonth(first),
                  new DateSpec.DayOfMonth(second)));
        }
      }
    }
  }
}
