package org.omotenashi.concierge.agent.understanding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|\\+?\\d[\\d ()./-]{6,}\\d");
  private static final Pattern SEGMENTS = Pattern.compile("[.,;:!?\\n。、]+|\\s[-–—]\\s");
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

  private static final Pattern JAPANESE_SCRIPT =
      Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

  /** Kanji or katakana, perhaps ending in hiragana (山本さくら), with a polite ending or none. */
  private static final Pattern JAPANESE_ANSWER =
      Pattern.compile(
          "^([\\p{IsHan}\\p{IsKatakana}ー・]{1,8}[\\p{IsHiragana}]{0,4}?)"
              + "(?:です|と申します|といいます|でございます)?$");

  /** Kanji or katakana alone, as a name written right before an email address or phone. */
  private static final Pattern JAPANESE_BARE_NAME =
      Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー・]{2,6}$");

  private NameAnswer() {}

  public static Optional<String> fromAnswer(String text) {
    String answer =
        CONTACT
            .matcher(text)
            .replaceAll(" ")
            .strip()
            .replaceAll("^[,;:\\s]+|[,;:.!。、\\s]+$", "")
            .strip();
    if (JAPANESE_SCRIPT.matcher(answer).find()) {
      return japaneseAnswer(answer.replace(" ", "").replace("\u3000", ""));
    }
    if (SEGMENTS.split(answer).length > 1) {
      return Optional.empty();
    }
    long words = answer.isEmpty() ? 0 : answer.split("\\s+").length;
    if (words == 0 || words > 5 || !NAME.matcher(answer).matches()) {
      return Optional.empty();
    }
    return Optional.of(answer);
  }

  /** "山本さくらです", "佐藤健太": never a sentence that opens in hiragana or ends in a particle. */
  private static Optional<String> japaneseAnswer(String answer) {
    Matcher name = JAPANESE_ANSWER.matcher(answer);
    if (!name.matches()) {
      return Optional.empty();
    }
    String found = name.group(1);
    return found.length() < 2
            || GuestNames.JAPANESE_NOT_A_NAME_END.matcher(found).find()
            || GuestNames.NOT_JAPANESE_NAMES.contains(found)
        ? Optional.empty()
        : Optional.of(found);
  }

  /**
   * A sentence of the message that is only a capitalised name of two to four words, perhaps after
   * "for", "auf", "para", "pour" ("bitte buchen, auf Lukas Hoffmann"), or a Japanese name with です
   * ("予約します。小林由美です"), or a Japanese name right before an email address or phone
   * ("予約お願い。田中美咲、misaki@example.jp").
   */
  public static Optional<String> inSentences(String text) {
    Matcher contact = CONTACT.matcher(text);
    if (contact.find()) {
      String[] before = SEGMENTS.split(text.substring(0, contact.start()).strip());
      String last = before.length == 0 ? "" : before[before.length - 1].strip();
      if (JAPANESE_BARE_NAME.matcher(last).matches()
          && !GuestNames.NOT_JAPANESE_NAMES.contains(last)) {
        return Optional.of(last);
      }
    }
    for (String segment : SEGMENTS.split(text)) {
      var japanese = JAPANESE_NAME.matcher(segment.strip());
      if (japanese.matches() && !GuestNames.NOT_JAPANESE_NAMES.contains(japanese.group(1))) {
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
