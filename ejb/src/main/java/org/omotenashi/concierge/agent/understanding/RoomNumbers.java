package org.omotenashi.concierge.agent.understanding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the number of a hotel room in a guest's message: three or four digits that the message
 * marks as a room, in any of the six languages whatever the conversation's.
 *
 * <p>Recognised: after a word for room, with or without "number" or a verb in between ("room 305",
 * "rm 305", "Room No. 305", "my room is 305", "habitación 305", "hab. 305", "cuarto 305", "mi
 * habitación es la 305", "chambre 305", "ch. 305", "Zimmer 305", "Zimmernummer 305", "Zi. 305",
 * "quarto 305", "meu quarto é o 305"); after "#"; after a preposition or an article that stands for
 * the room ("in 305", "en la 305", "la 305", "dans la 305", "im 305", "no 305"); in Japanese
 * ("305号室", "305の部屋", "部屋番号は305", "ルーム305").
 *
 * <p>Deliberately not recognised: a bare number ("305"), a number of one or two digits ("room 12":
 * the demo property numbers its rooms with three digits, and short numbers are too often counts),
 * a year after a preposition ("in 2027"), and any number that goes on as a time, a date, a price, a
 * phone number or a count ("in 305 days", "la 1500 yenes", "#305/2", "room 2 nights"). The first
 * room in the message wins.
 */
public final class RoomNumbers {
  private static final String ROOM_WORD =
      "(?:room|rm\\.?|habitacion|hab\\.|hab|cuarto|chambre|ch\\.|zimmernummer|zimmer|zi\\.|quarto"
          + "|apartment|apt\\.?)";
  private static final String FILLER =
      "(?:\\s*(?:#|:|n[o°º]\\.?|nr\\.?|number|numero|num\\.?|nummer|is|es|est|ist|e|la|le|el|o|a"
          + "|the)(?![\\p{L}]))*";
  private static final String NUMBER = "(\\d{3,4})";

  /** What must not follow the number: more digits, a unit, a currency. */
  private static final Pattern GOES_ON =
      Rx.compile(
          "^(?:\\s*[:./]\\s*\\d|,\\d|\\s*-\\s*\\d{2,}|\\s*[%€$£¥円泊人名時分]|\\s+\\d|\\s*"
              + Rx.words(
                  WordTables.all(
                      WordTables.all(WordTables.NOT_A_DAY_AFTER),
                      WordTables.all(WordTables.NIGHT_UNITS),
                      List.of(
                          "yen", "yenes", "jpy", "eur", "usd", "reais", "pesos", "chf", "uhr",
                          "h", "am", "pm", "a.m", "p.m", "o'clock", "m", "metres", "meters",
                          "metre", "meter", "metros", "metro", "metern", "km", "yards", "feet",
                          "ft", "steps", "pasos", "pas", "schritte", "passos", "kg", "g", "ml")))
              + ")");

  private static final Pattern AFTER_ROOM_WORD =
      Rx.compile(Rx.START + ROOM_WORD + FILLER + "\\s*#?\\s*" + NUMBER + "(?!\\d)");
  private static final Pattern AFTER_HASH =
      Rx.compile("(?<![\\p{L}\\p{N}&])#\\s?" + NUMBER + "(?!\\d)");
  private static final Pattern AFTER_PREPOSITION =
      Rx.compile(
          Rx.START
              + "(?:in|en la|en el|en|la|dans la|dans|im|no|na)\\s+"
              + NUMBER
              + "(?!\\d)");
  private static final Pattern JAPANESE_AFTER =
      Rx.compile("(?<!\\d)" + NUMBER + "\\s*(?:号室|号の部屋|の部屋|号)");
  private static final Pattern JAPANESE_BEFORE =
      Rx.compile(
          "(?:部屋番号|お部屋|部屋|ルーム番号|ルーム)\\s*(?:は|の|:|番号は)?\\s*" + NUMBER + "(?!\\d)");

  private static final List<Pattern> MARKED =
      List.of(AFTER_ROOM_WORD, AFTER_HASH, JAPANESE_AFTER, JAPANESE_BEFORE);

  private RoomNumbers() {}

  /**
   * The first room number the message names.
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); rooms named in the
   *     other languages are found too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public static Optional<String> find(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    String folded = TextFolding.lowerCase(TextFolding.fold(text));
    int bestStart = Integer.MAX_VALUE;
    String best = null;
    for (Pattern pattern : MARKED) {
      Matcher m = pattern.matcher(folded);
      while (m.find()) {
        if (m.start(1) < bestStart && standsAlone(folded, m.start(1), m.end(1))) {
          bestStart = m.start(1);
          best = m.group(1);
          break;
        }
      }
    }
    Matcher m = AFTER_PREPOSITION.matcher(folded);
    while (m.find()) {
      if (m.start(1) < bestStart
          && !isYear(m.group(1))
          && standsAlone(folded, m.start(1), m.end(1))) {
        bestStart = m.start(1);
        best = m.group(1);
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0 && "+$€£¥.,:/".indexOf(text.charAt(start - 1)) >= 0) {
      return false;
    }
    return !Rx.after(GOES_ON, text, end, 20);
  }

  private static boolean isYear(String number) {
    int value = Integer.parseInt(number);
    return value >= 1900 && value <= 2100;
  }
}
