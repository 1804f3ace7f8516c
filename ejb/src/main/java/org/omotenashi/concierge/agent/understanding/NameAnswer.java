package org.omotenashi.concierge.agent.understanding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name given as the answer to "may I have your name?": one to five words of letters (Latin with
 * accents, or Japanese), without digits or question marks, once an email address or phone number
 * next to it is set aside ("Priya Nair, priya@example.com"). Or, inside a longer message, a
 * sentence made only of two to four capitalised words ("Je réserve. Sophie Lambert").
 */
public final class NameAnswer {
  private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}'’.\\- ]{0,78}[\\p{L}.]?$");

  private static final Pattern CONTACT =
      Pattern.compile("[^\\s,;]+@[^\\s,;]+|\\+?\\d[\\d ()./-]{6,}\\d");
  private static final Pattern SEGMENTS = Pattern.compile("[.,;:!?\\n。、]+");
  private static final Pattern JAPANESE_NAME =
      Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー]{2,8})(?:です|と申します|といいます)$");
  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile(
          "^(?i)(?:for|under|auf|für|fur|para|pour|a nombre de|au nom de|em nome de)\\s+");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+");

  /** Capitalised words that start sentences but are never part of a name. */
  private static final Set<String> COURTESY =
      Set.of(
          "thank", "thanks", "you", "please", "gracias", "muchas", "por", "favor", "merci",
          "beaucoup", "danke", "vielen", "dank", "bitte", "obrigado", "obrigada", "muito", "good",
          "hello", "hi", "hola", "buenas", "buenos", "bonjour", "bonsoir", "guten", "hallo", "boa",
          "bom", "ola", "olá", "tag", "morgen", "abend", "noche", "noite", "tarde", "tardes", "día",
          "dia", "hotel", "room", "suite", "standard", "deluxe", "king", "twin", "tatami",
          "japanese", "ok", "okay", "yes", "sí", "oui", "ja", "sim", "no", "non", "nein", "não");

  private NameAnswer() {}

  public static Optional<String> fromAnswer(String text) {
    String answer =
        CONTACT
            .matcher(text)
            .replaceAll(" ")
            .strip()
            .replaceAll("^[,;:\\s]+|[,;:.!。\\s]+$", "")
            .strip();
    if (SEGMENTS.split(answer).length > 1) {
      return Optional.empty();
    }
    long words = answer.isEmpty() ? 0 : answer.split("\\s+").length;
    if (words == 0 || words > 5 || !NAME.matcher(answer).matches()) {
      return Optional.empty();
    }
    return Optional.of(answer);
  }

  /**
   * A sentence of the message that is only a capitalised name of two to four words, perhaps after
   * "for", "auf", "para", "pour" ("bitte buchen, auf Lukas Hoffmann"), or a Japanese name with です
   * ("予約します。小林由美です").
   */
  public static Optional<String> inSentences(String text) {
    for (String segment : SEGMENTS.split(text)) {
      var japanese = JAPANESE_NAME.matcher(segment.strip());
      if (japanese.matches()) {
        return Optional.of(japanese.group(1));
      }
      String[] words = LEADING_PREPOSITION.matcher(segment.strip()).replaceFirst("").split("\\s+");
      if (words.length >= 2
          && words.length <= 4
          && Arrays.stream(words).allMatch(word -> CAPITALISED.matcher(word).matches())
          && Arrays.stream(words)
              .noneMatch(word -> COURTESY.contains(word.toLowerCase(Locale.ROOT)))) {
        return Optional.of(String.join(" ", words));
      }
    }
    return Optional.empty();
  }
}
