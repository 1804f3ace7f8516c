package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the numbers that are certainly not dates or nights before anything looks for dates, so
 * that none of their digits can be read as a day: clock times ("10:30", "15h", "3 pm", "15時"),
 * prices ("¥54,000", "120 €", "5万円"), percentages, phone numbers (nine digits or more, or a leading
 * "+") and codes mixing letters and digits ("SKR-7K3Q9P", "305B").
 *
 * <p>A date the guest sets aside is blanked too: "12 May instead of the 11th", "el 5 en vez del 4",
 * "le 10 au lieu du 3", "am 6. statt am 5.", "dia 22 e não mais dia 24", "30日ではなく": only the
 * day (and its month) after the words, never nights ("3 instead of 2 nights" keeps its count).
 * "一泊いくら" ("how much a night") is a price basis, no stay of one night.
 *
 * <p>A code keeps its place only when every piece of it is a number, an ordinal ("3rd", "1er") or a
 * number glued to a month or a unit ("15jan", "3-night"). Blanking keeps every other character
 * where it was.
 */
final class NonDates {
  private static final List<Pattern> ALWAYS =
      List.of(
          // Clock times: 10:30, 10h30, 3 pm, 15 Uhr, 9 o'clock; 15時30分, 15時半, 30分.
          Rx.compile("(?<![\\p{N}])\\d{1,2}\\s?[:h]\\s?\\d{2}(?![\\p{N}])"),
          Rx.compile(
              "(?<![\\p{N}])\\d{1,2}\\s?(?:a\\.m\\.|p\\.m\\.|am|pm|uhr|hrs?|h|o'clock)"
                  + "(?![\\p{L}])"),
          Rx.compile("\\d{1,2}\\s*時(?:\\s*\\d{1,2}\\s*分|半)?"),
          Rx.compile("\\d{1,3}\\s*分"),
          // Prices before or after the amount, and percentages.
          Rx.compile("(?:[¥$€£]|r\\$|us\\$)\\s?\\d[\\d.,]*(?:\\s?[万千])?"),
          Rx.compile(
              "\\d[\\d.,]*\\s?(?:[万千]\\s?)?(?:円|€|£|yen|eur|euros?|usd|dollars?|reais|pesos?|chf)"
                  + "(?![\\p{L}])"),
          Rx.compile("\\d[\\d.,]*\\s?%"));

  private static final Pattern PHONE =
      Rx.compile(
          "(?<![\\p{N}])\\+?(?:\\(\\d{1,5}\\)|\\d{1,5})(?:[ .\\-]?\\(\\d{1,5}\\)|["
              + " .\\-]\\d{1,8}){1,6}(?![\\p{N}])|\\+?\\d{9,}");
  private static final Pattern RUN =
      Pattern.compile("(?<![A-Za-z0-9ß])[A-Za-z0-9ß]+(?:-[A-Za-z0-9ß]+)*");
  private static final Pattern ORDINAL = Rx.compile("\\d{1,2}(?:st|nd|rd|th|er|re|eme|e|o|a)");

  private static final String NOT_NIGHTS =
      "(?!(?:nights?|noches?|nuits?|nachte?|naechte?|noites?)(?![\\p{L}]))";
  private static final Pattern SET_ASIDE =
      Rx.compile(
          "(?<![\\p{L}])(?:instead of|rather than|en vez del?|en lugar del?|y no el|au lieu du"
              + "|au lieu de|et non le|et pas le|plutot que le|statt|anstatt|anstelle|em vez de"
              + "|em vez do|ao inves de|ao inves do|e nao mais|nao mais|e nao)"
              + "\\s+(?:(?:on\\s+)?the|el|la|le|am|dem|des|o|a|no|(?:no\\s+)?dia)?\\s*"
              + "\\d{1,2}(?:st|nd|rd|th|er|\\.)?"
              + "(?:\\s+(?:of\\s+|de\\s+)?"
              + NOT_NIGHTS
              + "\\p{L}+)?");
  private static final Pattern JAPANESE_SET_ASIDE =
      Pattern.compile(
          "(?:\\d{1,2}月)?\\d{1,2}日(?:ではなく|じゃなくて|の代わりに)"
              // a price basis, not a stay: "一泊いくらですか", "1泊あたりの料金"
              + "|[一1]泊(?:あたり|当たり|につき)?の?(?:いくら|おいくら|料金|値段|金額)");

  private final Pattern knownPiece;

  /**
   * @param knownWords months and units that a number may be glued to
   */
  NonDates(Set<String> knownWords) {
    String known = Rx.anyOf(knownWords);
    knownPiece = Rx.compile("\\d+|" + known + "|\\d{1,2}" + known + "|" + known + "\\d{1,2}");
  }

  String blank(String text) {
    StringBuilder blanked = new StringBuilder(text);
    for (Pattern pattern : List.of(SET_ASIDE, JAPANESE_SET_ASIDE)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        clear(blanked, m.start(), m.end());
      }
    }
    for (Pattern pattern : ALWAYS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        clear(blanked, m.start(), m.end());
      }
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      String number = phone.group();
      long digits = number.chars().filter(Character::isDigit).count();
      if (digits >= 9 || (number.startsWith("+") && digits >= 7)) {
        clear(blanked, phone.start(), phone.end());
      }
    }
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      if (isCode(run.group())) {
        clear(blanked, run.start(), run.end());
      }
    }
    return blanked.toString();
  }

  private boolean isCode(String run) {
    boolean letters = run.chars().anyMatch(Character::isLetter);
    boolean digits = run.chars().anyMatch(Character::isDigit);
    if (!letters || !digits) {
      return false;
    }
    for (String piece : run.split("-")) {
      if (!ORDINAL.matcher(piece).matches() && !knownPiece.matcher(piece).matches()) {
        return true;
      }
    }
    return false;
  }

  private static void clear(StringBuilder text, int start, int end) {
    for (int i = start; i < end; i++) {
      text.setCharAt(i, ' ');
    }
  }
}
