package org.omotenashi.concierge.agent.understanding;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects misspelled month names ("januray", "febuary", "septembro") to a name the patterns know,
 * before any pattern runs. A word is corrected only when it has five letters or more, is one edit
 * (Damerau-Levenshtein) from a full month name of five letters or more, points to one month only,
 * and is not a word the tables already know or a common name or word that happens to be that close
 * ("junior" is one edit from "junio", "Mario" from "marzo"). A corrected word still has to stand
 * next to a day number to be read as a date.
 */
final class MonthSpelling {
  private static final int SHORTEST = 5;

  /** Real words and first names one edit from a month name. */
  private static final Set<String> NOT_MONTHS =
      Set.of(
          "junior", "junto", "junta", "juntos", "julia", "julie", "julian", "julien", "juliet",
          "julius", "mario", "marca", "marcas", "marcos", "marche", "marcha", "mayor", "abrir",
          "augusta", "janet");

  private static final Pattern WORD = Pattern.compile("\\p{L}{" + SHORTEST + ",}");

  private final CalendarNames names;
  private final Set<String> knownWords;
  private final String[] candidates;

  /**
   * @param knownWords words of the other tables, never corrected to a month
   */
  MonthSpelling(CalendarNames names, Set<String> knownWords) {
    this.names = names;
    this.knownWords = knownWords;
    this.candidates =
        names.fullMonthNames().stream()
            .filter(name -> name.length() >= SHORTEST)
            .sorted()
            .toArray(String[]::new);
  }

  String correct(String text) {
    Matcher word = WORD.matcher(text);
    StringBuilder corrected = null;
    int copied = 0;
    while (word.find()) {
      Optional<String> month = correction(word.group().toLowerCase(Locale.ROOT));
      if (month.isPresent()) {
        if (corrected == null) {
          corrected = new StringBuilder(text.length() + 8);
        }
        corrected.append(text, copied, word.start()).append(month.get());
        copied = word.end();
      }
    }
    if (corrected == null) {
      return text;
    }
    return corrected.append(text, copied, text.length()).toString();
  }

  private Optional<String> correction(String word) {
    if (names.month(word).isPresent() || knownWords.contains(word) || NOT_MONTHS.contains(word)) {
      return Optional.empty();
    }
    String best = null;
    Month bestMonth = null;
    for (String name : candidates) {
      if (!EditDistance.atMostOne(word, name)) {
        continue;
      }
      Month month = names.month(name).orElseThrow();
      if (bestMonth != null && bestMonth != month) {
        return Optional.empty();
      }
      best = name;
      bestMonth = month;
    }
    return Optional.ofNullable(best);
  }
}
