package org.omotenashi.concierge.agent.understanding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a message to the one shape every table and pattern is written for: full-width digits and
 * letters become ASCII ({@code １５} is {@code 15}), accents go ({@code févr} is {@code fevr}),
 * typographic apostrophes, dashes and wave dashes become {@code '}, {@code -} and {@code ~}. Case
 * is kept, because German tells "Morgen" (morning) from "morgen" (tomorrow) by it; patterns ignore
 * it. Japanese voiced kana keep their marks: only Latin combining accents are removed.
 */
final class TextFolding {
  private static final Pattern LATIN_ACCENTS = Pattern.compile("[\\u0300-\\u036f]+");

  private TextFolding() {}

  static String fold(String text) {
    String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder plain = new StringBuilder(compatible.length());
    for (int i = 0; i < compatible.length(); i++) {
      char c = compatible.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u00b4', '`' -> plain.append('\'');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> plain.append('-');
        case '\u301c' -> plain.append('~');
        default -> plain.append(c);
      }
    }
    String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
    String unaccented = LATIN_ACCENTS.matcher(decomposed).replaceAll("");
    return Normalizer.normalize(unaccented, Normalizer.Form.NFC);
  }

  /**
   * Lower case, character by character, so that every position still points at the same letter of
   * the folded text ({@code String.toLowerCase} may change the length).
   */
  static String lowerCase(String folded) {
    char[] chars = folded.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  /** A table entry or a word from the text, folded and in lower case, for look-ups. */
  static String key(String word) {
    return fold(word).toLowerCase(Locale.ROOT);
  }
}
