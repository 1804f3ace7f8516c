package org.omotenashi.concierge.agent.understanding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts written as words, one to ten in each language ("deux", "drei", "duas"...), and Japanese
 * kanji numerals up to 九十九. No word means two different numbers in two of the languages, so one
 * table serves all of them.
 */
final class NumberWords {
  private static final Map<GuestLanguage, List<List<String>>> WORDS =
      Map.of(
          GuestLanguage.EN,
          List.of(
              List.of("one"),
              List.of("two"),
              List.of("three"),
              List.of("four"),
              List.of("five"),
              List.of("six"),
              List.of("seven"),
              List.of("eight"),
              List.of("nine"),
              List.of("ten")),
          GuestLanguage.ES,
          List.of(
              List.of("un", "una", "uno"),
              List.of("dos"),
              List.of("tres"),
              List.of("cuatro"),
              List.of("cinco"),
              List.of("seis"),
              List.of("siete"),
              List.of("ocho"),
              List.of("nueve"),
              List.of("diez")),
          GuestLanguage.FR,
          List.of(
              List.of("un", "une"),
              List.of("deux"),
              List.of("trois"),
              List.of("quatre"),
              List.of("cinq"),
              List.of("six"),
              List.of("sept"),
              List.of("huit"),
              List.of("neuf"),
              List.of("dix")),
          GuestLanguage.PT,
          List.of(
              List.of("um", "uma"),
              List.of("dois", "duas"),
              List.of("tres"),
              List.of("quatro"),
              List.of("cinco"),
              List.of("seis"),
              List.of("sete"),
              List.of("oito"),
              List.of("nove"),
              List.of("dez")),
          GuestLanguage.DE,
          List.of(
              List.of("ein", "eine", "einen", "einer"),
              List.of("zwei", "zwo"),
              List.of("drei"),
              List.of("vier"),
              List.of("funf", "fuenf"),
              List.of("sechs"),
              List.of("sieben"),
              List.of("acht"),
              List.of("neun"),
              List.of("zehn")));

  private static final String KANJI_DIGITS = "一二三四五六七八九";

  /** Kanji numerals, for a regular expression. */
  static final String KANJI = "[一二三四五六七八九十]{1,3}";

  private static final Pattern KANJI_NUMBER = Pattern.compile(KANJI);

  private static final Map<String, Integer> VALUES = new HashMap<>();

  static {
    WORDS
        .values()
        .forEach(
            words -> {
              for (int n = 1; n <= words.size(); n++) {
                for (String word : words.get(n - 1)) {
                  VALUES.put(word, n);
                }
              }
            });
  }

  private NumberWords() {}

  static Set<String> words() {
    return VALUES.keySet();
  }

  /** A number in digits, as a word, or in kanji; empty for anything else. */
  static OptionalInt parse(String token) {
    String key = TextFolding.key(token);
    if (key.chars().allMatch(Character::isDigit) && !key.isEmpty() && key.length() <= 3) {
      return OptionalInt.of(Integer.parseInt(key));
    }
    Integer word = VALUES.get(key);
    if (word != null) {
      return OptionalInt.of(word);
    }
    return kanji(key);
  }

  private static OptionalInt kanji(String text) {
    if (text.isEmpty() || !KANJI_NUMBER.matcher(text).matches()) {
      return OptionalInt.empty();
    }
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? OptionalInt.of(digit(text.charAt(0))) : OptionalInt.empty();
    }
    if (ten > 1 || text.indexOf('十', ten + 1) >= 0 || text.length() - ten > 2) {
      return OptionalInt.empty();
    }
    int tens = ten == 0 ? 1 : digit(text.charAt(0));
    int units = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
    return OptionalInt.of(tens * 10 + units);
  }

  private static int digit(char kanji) {
    return KANJI_DIGITS.indexOf(kanji) + 1;
  }
}
