package org.omotenashi.concierge.agent.understanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds the phrases of a word list in a message and says what each one stands for, tolerating the
 * typos guests make. A list is a class-path file per language, {@code <dir>/<language>.txt}, with
 * lines {@code LABEL: phrase, phrase, ...}; phrases are folded like the text (lower case, no
 * accents, digits as 0, punctuation as a space), so "Wi-Fi", "wi fi" and "WI-FI" are one phrase.
 *
 * <p>How a phrase matches:
 *
 * <ul>
 *   <li>word by word, on whole words; a word of five letters or more also matches a word one edit
 *       away ("breakfst", "pasword", "aparcamento") if it starts with the same letter (typos rarely
 *       hit the first one, and so "nights" is not "sights"); shorter words must be exact, so
 *       "car" never matches "bar";
 *   <li>a word ending in {@code *} matches every word it starts ("towel*" matches "towels");
 *   <li>a word starting with {@code =} matches only itself, for words one typo away from an
 *       everyday one ("=gluten" is not "guten", as in "Guten Abend");
 *   <li>a phrase in kana or kanji matches anywhere in the text, since Japanese has no spaces.
 * </ul>
 *
 * <p>Where phrases overlap, the one starting first and then the longest wins: "late check-out"
 * is one match, not also "check-out"; "not urgent" is not also "urgent".
 *
 * @param <L> what a phrase stands for
 */
final class Lexicon<L> {
  /** A phrase found in a message: what it stands for and where it is in the normalized text. */
  record Match<L>(L label, int start, int end) {}

  private record Phrase<L>(L label, String[] words, String asian) {}

  private static final int FUZZY_LENGTH = 5;

  private final List<Phrase<L>> phrases;

  private Lexicon(List<Phrase<L>> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /**
   * Reads one lexicon per language from {@code <dir>/<language>.txt}; {@code label} turns a line's
   * label into what its phrases stand for, or into null to leave the line to another lexicon.
   */
  static <L> Map<GuestLanguage, Lexicon<L>> load(
      String dir, Function<String, L> label) {
    Map<GuestLanguage, Lexicon<L>> lexicons = new EnumMap<>(GuestLanguage.class);
    for (GuestLanguage language : GuestLanguage.values()) {
      lexicons.put(language, read(dir + "/" + language.locale.getLanguage() + ".txt", label));
    }
    return lexicons;
  }

  private static <L> Lexicon<L> read(String name, Function<String, L> label) {
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The word list " + name + " is not on the class path");
    }
    List<Phrase<L>> phrases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        L value = label.apply(line.substring(0, colon).strip());
        if (value == null) {
          continue;
        }
        for (String raw : line.substring(colon + 1).split(",")) {
          String phrase = normalize(raw.strip());
          if (phrase.isEmpty()) {
            continue;
          }
          boolean asian = phrase.chars().anyMatch(c -> IntentFeatures.isAsian((char) c));
          phrases.add(
              asian
                  ? new Phrase<>(value, null, phrase.replace(" ", ""))
                  : new Phrase<>(value, phrase.split(" "), null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon<>(phrases);
  }

  /**
   * Like {@link IntentFeatures#normalize}, but keeping the {@code *} that marks a word stem and
   * the {@code =} that marks an exact word.
   */
  private static String normalize(String phrase) {
    boolean exact = phrase.startsWith("=");
    boolean stem = phrase.endsWith("*");
    String word = phrase.substring(exact ? 1 : 0, phrase.length() - (stem ? 1 : 0));
    String normalized = IntentFeatures.normalize(word);
    return (exact ? "=" : "") + normalized + (stem ? "*" : "");
  }

  /** The phrases found in normalized text, in the order they start, without overlaps. */
  List<Match<L>> find(String normalized) {
    String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    int[] starts = new int[words.length];
    for (int i = 0, position = 0; i < words.length; i++) {
      starts[i] = position;
      position += words[i].length() + 1;
    }
    List<Match<L>> found = new ArrayList<>();
    for (Phrase<L> phrase : phrases) {
      if (phrase.asian() != null) {
        for (int at = normalized.indexOf(phrase.asian());
            at >= 0;
            at = normalized.indexOf(phrase.asian(), at + 1)) {
          found.add(new Match<>(phrase.label(), at, at + phrase.asian().length()));
        }
        continue;
      }
      for (int i = 0; i + phrase.words().length <= words.length; i++) {
        if (matchesAt(phrase.words(), words, i)) {
          int last = i + phrase.words().length - 1;
          found.add(new Match<>(phrase.label(), starts[i], starts[last] + words[last].length()));
        }
      }
    }
    found.sort(
        Comparator.<Match<L>>comparingInt(Match::start)
            .thenComparing(Comparator.<Match<L>>comparingInt(Match::end).reversed()));
    List<Match<L>> kept = new ArrayList<>(found.size());
    int covered = 0;
    for (Match<L> match : found) {
      if (match.start() >= covered) {
        kept.add(match);
        covered = match.end();
      }
    }
    return kept;
  }

  private static boolean matchesAt(String[] phrase, String[] words, int from) {
    for (int j = 0; j < phrase.length; j++) {
      if (!wordMatches(phrase[j], words[from + j])) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordMatches(String expected, String word) {
    if (expected.startsWith("=")) {
      return expected.substring(1).equals(word);
    }
    if (expected.endsWith("*")) {
      return word.startsWith(expected.substring(0, expected.length() - 1));
    }
    if (expected.equals(word)) {
      return true;
    }
    return expected.length() >= FUZZY_LENGTH
        && word.length() >= FUZZY_LENGTH - 1
        && word.charAt(0) == expected.charAt(0)
        && EditDistance.atMostOne(expected, word);
  }
}
