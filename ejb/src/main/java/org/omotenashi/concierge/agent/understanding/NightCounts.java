package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of nights: "3 nights", "for two nights", "2 noites", "tres noches", "deux nuits", "drei
 * Nächte", "2 Übernachtungen", "3泊", "二泊", "2泊3日" (two nights: the days are the nights plus one).
 * "3 instead of 2 nights" ("3 statt 2 Nächte", "3 au lieu de 2 nuits") is 3.
 * Only a number right before the word for night counts, so "2 adults" or "for 2 people" are not
 * nights. "2 or 3 nights" and "2〜3泊" give both numbers, which leaves the count undecided; "1泊あたり"
 * (per night) is a price basis, not a stay.
 */
final class NightCounts implements Recognizer {
  private static final String NUMBER = "(?:\\d{1,2}|" + Rx.words(NumberWords.words()) + ")";
  private static final String OR = "(?:\\s*[-~/]\\s*|\\s+(?:or|o|ou|oder|to|a|y|e|et|und|bis)\\s+)";

  /** The word for night; the count is then looked for right before it, which is much faster. */
  private static final Pattern UNIT = Rx.compile(Rx.words(WordTables.all(WordTables.NIGHT_UNITS)));

  private static final Pattern COUNT_BEFORE_UNIT =
      Rx.compile(
          "(?<![\\p{L}\\p{N}.,:/])(?:(?<n1>"
              + NUMBER
              + ")"
              + OR
              + ")?(?<n>"
              + NUMBER
              + ")(?:\\s*-\\s*|\\s*)$");
  /** "3 instead of 2 nights", "3 statt 2 Nächte": the first count is the stay, the second the old one. */
  private static final Pattern INSTEAD =
      Rx.compile(
          "(?<![\\p{L}\\p{N}.,:/])(?<n>"
              + NUMBER
              + ")\\s+(?:instead of|rather than|statt|anstatt|au lieu de|en vez de|en lugar de"
              + "|em vez de|ao inves de|ao invés de)\\s+"
              + NUMBER
              + "\\s+"
              + Rx.words(WordTables.all(WordTables.NIGHT_UNITS)));
  private static final String KANJI_OR_DIGITS = "(?:\\d{1,2}|" + NumberWords.KANJI + ")";
  private static final Pattern JAPANESE =
      Pattern.compile(
          "(?:(?<n1>"
              + KANJI_OR_DIGITS
              + ")\\s*[~-]\\s*)?(?<n>"
              + KANJI_OR_DIGITS
              + ")\\s*泊(?!\\s*(?:あたり|当たり|につき))");

  @Override
  public void recognize(Scan scan, List<Mention> found) {
    String text = scan.text();
    Matcher instead = INSTEAD.matcher(text);
    if (instead.find()) {
      add(instead.group("n"), instead.start("n"), instead.end(), found);
      return;
    }
    Matcher unit = UNIT.matcher(text);
    while (unit.find()) {
      Matcher m = COUNT_BEFORE_UNIT.matcher(text);
      m.region(Math.max(0, unit.start() - 30), unit.start()).useTransparentBounds(true);
      if (m.find()) {
        counts(m, unit.end(), found);
      }
    }
    if (text.indexOf('泊') >= 0) {
      Matcher m = JAPANESE.matcher(text);
      while (m.find()) {
        counts(m, m.end(), found);
      }
    }
  }

  private static void counts(Matcher m, int end, List<Mention> found) {
    add(m.group("n"), m.start("n"), end, found);
    if (m.group("n1") != null) {
      // Both counts stay, without overlapping, so that the stay's length is left undecided.
      add(m.group("n1"), m.start("n1"), m.end("n1"), found);
    }
  }

  private static void add(String number, int start, int end, List<Mention> found) {
    OptionalInt nights = NumberWords.parse(number);
    if (nights.isPresent() && nights.getAsInt() >= 1) {
      found.add(new Mention.Nights(start, end, nights.getAsInt()));
    }
  }
}
