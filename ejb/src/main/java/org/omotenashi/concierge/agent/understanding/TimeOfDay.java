package org.omotenashi.concierge.agent.understanding;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first clock time a guest's message names, in any of the six languages whatever the
 * conversation's language.
 *
 * <p>Recognised: "19:30", "7:30", "7am", "7 a.m.", "7.30pm", "7 o'clock"; "at 7", "around 7",
 * "by 7", "at seven"; "half past 7", "quarter past 7", "quarter to 8"; "a las 7", "a la una",
 * "hacia las 8", "7 y media", "8 menos cuarto"; "à 7h", "7h30", "19h", "7 heures", "7 heures et
 * demie"; "um 7", "um 7 Uhr", "7:30 Uhr", "19 Uhr 30", "halb 8" (7:30), "viertel nach 7"; "às 7h",
 * "às 7", "7 e meia"; "7時", "7時半", "14時30分", "朝7時", "午前7時", "午後2時", "夜8時", "七時"; noon and
 * midnight ("noon", "mediodía", "midi", "mittags", "meio-dia", "正午", "midnight", "minuit"...).
 * A word for the part of the day before or after the time makes it morning or evening: "7 in the
 * evening", "a las 7 de la tarde", "7 heures du soir", "um 7 Uhr abends", "às 7 da noite",
 * "tonight at 8", "ce soir à 8h".
 *
 * <p>An hour without am, pm or such a word is taken as written, on a 24-hour clock: "at 7" is
 * 07:00 even where the guest may mean dinner time; the caller knows the context and may ask.
 *
 * <p>Deliberately not recognised: a bare number ("7"), durations ("7 hours", "dans 2 heures",
 * "in 7 minutes"), dates ("3/15", "15.01."), room numbers, prices ("$7", "7€"), counts ("at 7
 * people"), ranges ("7-9": the first hour of a range written with words, "between 7 and 8", is
 * read), and hours past 24 or minutes past 59.
 */
public final class TimeOfDay {
  private static final Map<String, Integer> ELEVEN_TWELVE =
      Map.of(
          "eleven", 11, "twelve", 12, "once", 11, "doce", 12, "onze", 11, "douze", 12, "elf", 11,
          "zwolf", 12, "zwoelf", 12);
  private static final String NUMBER_WORD =
      "(?:\\d{1,2}|"
          + Rx.anyOf(WordTables.all(NumberWords.words(), ELEVEN_TWELVE.keySet()))
          + "|"
          + NumberWords.KANJI
          + ")";
  private static final String HOUR = "(?<h>" + NUMBER_WORD + ")";
  private static final String DIGIT_HOUR = "(?<h>\\d{1,2})";
  private static final String MINUTES = "(?<m>\\d{2})";
  /** Latin letters only: a time is often glued to Japanese ("19:30に"). */
  private static final String START = "(?<![\\p{IsLatin}\\p{N}:./,$€£¥-])";

  private static final String END = "(?![\\p{IsLatin}\\p{N}]|[:./,]\\d)";
  private static final String AM = "(?<am>a\\.?\\s?m\\.?)";
  private static final String PM = "(?<pm>p\\.?\\s?m\\.?)";

  /** Half past and quarters after the hour: "y media", "et demie", "e meia", "y cuarto". */
  private static final String FRACTION =
      "(?:\\s+(?:y|e|et)\\s+(?<half>media|meia|demie)|\\s+(?:y|e|et)\\s+(?<quarter>cuarto|quart"
          + "|quinze)|\\s+(?:menos|moins)\\s+(?:le\\s+)?(?<toquarter>cuarto|quart))?";

  private static final List<Pattern> PATTERNS =
      List.of(
          // 19:30, 7:30 pm, 7h30, 7 h 30, 7.30pm, 7:30 Uhr
          Rx.compile(
              START
                  + DIGIT_HOUR
                  + "(?:\\s?[:h]\\s?"
                  + MINUTES
                  + "|\\.(?<m2>\\d{2})(?=\\s?[ap]\\.?\\s?m))(?:\\s?(?:"
                  + AM
                  + "|"
                  + PM
                  + "))?(?:\\s?uhr)?"
                  + END),
          // 7am, 7 p.m., 7 o'clock, 7h, 7 heures (30), 7 Uhr (30)
          Rx.compile(
              START
                  + HOUR
                  + "\\s?(?:"
                  + AM
                  + "|"
                  + PM
                  + "|o'?clock|h|heures?(?:\\s"
                  + MINUTES
                  + ")?|uhr(?:\\s(?<m2>\\d{2}))?)"
                  + FRACTION
                  + "(?![\\p{IsLatin}\\p{N}])"),
          // 7時, 7時半, 14時30分, 朝7時, 午後2時
          Pattern.compile(
              "(?<part>午前|午後|朝|夜|夕方|昼)?\\s*(?<h>\\d{1,2}|"
                  + NumberWords.KANJI
                  + ")\\s*時\\s*(?:(?<m>\\d{1,2})\\s*分|(?<half>半))?"),
          // half past 7, quarter past 7, quarter to 8, halb 8, viertel nach 7, viertel vor 8
          Rx.compile(
              Rx.START
                  + "(?:(?<half>half past|halb)|(?<quarter>quarter past|viertel nach)"
                  + "|(?<toquarter>quarter to|viertel vor))\\s+"
                  + HOUR
                  + END),
          // at 7, a las 7, à 7, um 7, às 7, vers 7, gegen 7 ...
          Rx.compile(
              Rx.START
                  + "(?:at|around|about|by|before|after|until|till|from|a las|a la|sobre las"
                  + "|hacia las|antes de las|despues de las|hasta las|desde las|a partir de las"
                  + "|vers|avant|apres|jusqu'a|a partir de|des|um|gegen|ab|bis|vor|nach|as|pelas"
                  + "|por volta das|antes das|depois das|ate as|a partir das)\\s+(?:"
                  + DIGIT_HOUR
                  + "|(?<hw>"
                  + NUMBER_WORD
                  + "))"
                  + FRACTION
                  + END),
          // a bare hour followed by a part of the day: "7 in the morning", "7 de la tarde"
          Rx.compile(START + HOUR + FRACTION + "(?=\\s+(?:in the|de la|du|da|am)\\s)"),
          // noon and midnight
          Rx.compile(
              "(?<![\\p{L}\\p{N}-])(?:12\\s)?(?:(?<noon>noon|midday|mediodia|midi|mittags?"
                  + "|meio[\\s-]dia)|(?<midnight>midnight|medianoche|minuit|mitternacht"
                  + "|meia[\\s-]noite))(?![\\p{L}-])"),
          Pattern.compile("(?<noon>正午)|(?<midnight>深夜0時|午前0時)"));

  private static final Pattern MORNING_AFTER =
      Rx.compile(
          "^\\s*(?:in the morning|de la manana|de la madrugada|du matin|morgens|fruh|frueh"
              + "|am morgen|da manha|da madrugada)"
              + Rx.END);
  private static final Pattern EVENING_AFTER =
      Rx.compile(
          "^\\s*(?:in the afternoon|in the evening|at night|tonight|de la tarde|de la noche"
              + "|de l'apres-midi|de l'apres midi|du soir|nachmittags|abends|nachts|am abend"
              + "|am nachmittag|in der nacht|da tarde|da noite)"
              + Rx.END);
  private static final Pattern EVENING_BEFORE =
      Rx.compile(
          "(?:tonight|this evening|this afternoon|esta noche|esta tarde|ce soir|cet apres-midi"
              + "|heute abend|heute nachmittag|abends|esta noite|hoje a noite|a noite|a tarde)"
              + "[\\s,]+(?:\\S+\\s+){0,3}$");
  private static final Pattern NOT_A_CLOCK_BEFORE =
      Rx.compile(
          Rx.words(
                  Set.of(
                      "dans", "pendant", "durant", "for", "during", "durante", "por", "en",
                      "in", "fur", "seit", "apres", "depuis", "ca", "unos", "unas"))
              + "\\s*$");
  private static final Pattern NOT_A_CLOCK_AFTER =
      Rx.compile(
          "^\\s*(?:[%€$£¥円泊人名]|"
              + Rx.words(
                  WordTables.all(
                      WordTables.all(WordTables.NOT_A_DAY_AFTER),
                      WordTables.all(WordTables.NIGHT_UNITS),
                      List.of("yen", "jpy", "eur", "usd", "reais", "de enero", "of")))
              + ")");

  /** The named groups of each pattern (Java 17 cannot list them). */
  private static final Map<Pattern, Set<String>> GROUPS = new IdentityHashMap<>();

  static {
    Pattern name = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    for (Pattern pattern : PATTERNS) {
      Set<String> names = new HashSet<>();
      Matcher m = name.matcher(pattern.pattern());
      while (m.find()) {
        names.add(m.group(1));
      }
      GROUPS.put(pattern, names);
    }
  }

  private TimeOfDay() {}

  /**
   * The first time of day the message names.
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); times written in the
   *     other languages are read too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public static Optional<LocalTime> find(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    String folded = TextFolding.lowerCase(TextFolding.fold(text));
    LocalTime best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(folded);
      while (m.find() && position(m) < bestStart) {
        Optional<LocalTime> time = read(m, folded);
        if (time.isPresent()) {
          best = time.get();
          bestStart = position(m);
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalTime> read(Matcher m, String text) {
    if (has(m, "noon")) {
      return Optional.of(LocalTime.NOON);
    }
    if (has(m, "midnight")) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    if (Rx.before(NOT_A_CLOCK_BEFORE, text, m.start(), 12)
        || Rx.after(NOT_A_CLOCK_AFTER, text, m.end(), 20)) {
      return Optional.empty();
    }
    String hourText = has(m, "hw") ? m.group("hw") : m.group("h");
    OptionalInt parsed = number(hourText);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    int hour = parsed.getAsInt();
    int minute =
        has(m, "m")
            ? Integer.parseInt(m.group("m"))
            : has(m, "m2") ? Integer.parseInt(m.group("m2")) : 0;
    if (has(m, "half")) {
      minute = 30;
      if (m.group("half").equals("halb")) {
        hour -= 1;
      }
    } else if (has(m, "quarter")) {
      minute = 15;
    } else if (has(m, "toquarter")) {
      minute = 45;
      hour -= 1;
    }
    boolean morning =
        has(m, "am")
            || partOfDay(m, "午前", "朝")
            || Rx.after(MORNING_AFTER, text, m.end(), 25);
    boolean evening =
        has(m, "pm")
            || partOfDay(m, "午後", "夜", "夕方")
            || Rx.after(EVENING_AFTER, text, m.end(), 25)
            || Rx.before(EVENING_BEFORE, text, m.start(), 40);
    if (hour < 0 || hour > 24 || minute > 59 || (hour > 12 && (morning || has(m, "pm")))) {
      return Optional.empty();
    }
    if (evening && !morning && hour < 12) {
      hour += 12;
    } else if (morning && hour == 12) {
      hour = 0;
    }
    return Optional.of(LocalTime.of(hour % 24, minute));
  }

  /** Where the hour stands, so that "at 7 pm" is read by the pattern that sees the "pm". */
  private static int position(Matcher m) {
    for (String group : List.of("h", "hw")) {
      if (has(m, group)) {
        return m.start(group);
      }
    }
    return m.start();
  }

  private static boolean partOfDay(Matcher m, String... words) {
    if (!has(m, "part")) {
      return false;
    }
    return List.of(words).contains(m.group("part"));
  }

  private static OptionalInt number(String text) {
    Integer word = ELEVEN_TWELVE.get(text);
    return word != null ? OptionalInt.of(word) : NumberWords.parse(text);
  }

  private static boolean has(Matcher m, String group) {
    return GROUPS.get(m.pattern()).contains(group) && m.group(group) != null;
  }
}
