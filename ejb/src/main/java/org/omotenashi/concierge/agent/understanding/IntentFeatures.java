package org.omotenashi.concierge.agent.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a message into the tokens the intent model is trained and asked on: the text is folded
 * ({@link TextFolding}), lower-cased, every digit becomes {@code 0} ("room 305" and "room 412" look
 * the same) and punctuation becomes a space; then come the words and the character 3- and 4-grams
 * of the whole text with its spaces, so that a typo or a missing accent only spoils a few of the
 * features. Kana and kanji have no spaces between words, so a run
 * of them gives its single characters and 2- and 3-grams instead.
 *
 * <p>OpenNLP sees these as ready-made tokens, which keeps the model free of custom feature
 * generators.
 */
final class IntentFeatures {
  private IntentFeatures() {}

  /** The folded text: lower case, no accents, digits as 0, words separated by one space. */
  static String normalize(String text) {
    String folded = TextFolding.lowerCase(TextFolding.fold(text));
    StringBuilder out = new StringBuilder(folded.length() + 2);
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isDigit(c)) {
        out.append('0');
        space = false;
      } else if (Character.isLetter(c) || (c == '\'' && !space)) {
        if (!space && isAsian(c) != isAsian(out.charAt(out.length() - 1))) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  static String[] of(String text) {
    return fromNormalized(normalize(text));
  }

  static String[] fromNormalized(String normalized) {
    List<String> features = new ArrayList<>(normalized.length() * 3);
    StringBuilder latin = new StringBuilder(normalized.length() + 2).append(' ');
    for (String word : normalized.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (isAsian(word.charAt(0)) || isAsian(word.charAt(word.length() - 1))) {
        asianGrams(word, features);
        continue;
      }
      features.add("w=" + word);
      latin.append(word).append(' ');
    }
    if (latin.length() > 1) {
      for (int n = 3; n <= 4; n++) {
        for (int i = 0; i + n <= latin.length(); i++) {
          features.add(latin.substring(i, i + n));
        }
      }
    }
    return features.toArray(new String[0]);
  }

  /** Kana, kanji and the long-vowel mark, which have no spaces between words. */
  static boolean isAsian(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || c == 'ー';
  }

  private static void asianGrams(String run, List<String> features) {
    String padded = "^" + run + "$";
    for (int i = 0; i < run.length(); i++) {
      features.add("c=" + run.charAt(i));
    }
    for (int n = 2; n <= 3; n++) {
      for (int i = 0; i + n <= padded.length(); i++) {
        features.add(padded.substring(i, i + n));
      }
    }
  }
}
