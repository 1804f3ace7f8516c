package org.omotenashi.concierge.agent.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the name in a guest's self-introduction (see {@link ContactDetails#name}).
 *
 * <p>Explicit introductions ("my name is", "me llamo", "mi nombre es", "je m'appelle", "mon nom
 * est", "ich heiße", "mein Name ist", "meu nome é", "me chamo", "chamo-me", "name:", and the
 * booking's "under the name", "a nombre de", "au nom de", "auf den Namen", "em nome de") take up to
 * four words, capitalised or not, and stop at punctuation, a digit or a word that starts a new
 * clause ("and", "y", "et", "und", "e", "my", "from"...). Loose ones ("I'm", "I am", "this is",
 * "soy", "je suis", "c'est", "ich bin", "hier ist", "sou o", "sou a") must open the message or a
 * sentence and take capitalised words only; one word alone must end the clause and not be a
 * nationality or a word such as "Vegetarian"; "ich bin" needs two (German capitalises every noun:
 * "Ich bin Vegetarier"). Particles ("de", "da", "von", "van", "del", "dos") join capitalised words
 * ("Ana de la Fuente"). Japanese: "私の名前は田中です", "名前は田中太郎", "田中と申します", "田中といいます",
 * and "田中です" when that is the whole message.
 */
final class GuestNames {
  /** The start of the message or of a sentence, or right after a greeting that opens it. */
  private static final String CLAUSE_START =
      "(?:^|(?<=[.!?,;:\\n¡¿]\\s{0,3})|(?<=^(?:hi|hello|hey|hola|buenas|buenos dias|bonjour"
          + "|bonsoir|salut|hallo|guten tag|moin|ola|oi|bom dia|boa tarde|boa noite|good morning"
          + "|good evening)[,!.]?\\s{1,3}))";
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:my name is|my name's|my names|name is|name's|i am called|i'm called"
              + "|(?:full )?name\\s*:|me llamo|mi nombre es|nombre\\s*:|je m'appelle|je m appelle"
              + "|mon nom est|mon nom c'est|nom\\s*:|ich heiße|ich heisse|mein name ist|name\\s*:"
              + "|meu nome é|meu nome e|me chamo|chamo-me|nome\\s*:"
              + "|under the name(?: of)?|in the name of|a nombre de|al nombre de|au nom de|au nom d'"
              + "|auf den namen(?: von)?|em nome de|no nome de)(?:\\s+|(?<='))");
  private static final Pattern LOOSE =
      Pattern.compile(
          "(?iu)"
              + CLAUSE_START
              + "(?<intro>i'm|i am|im|this is|it's|soy|je suis|c'est|ich bin|hier ist|hier spricht"
              + "|sou o|sou a|aqui é o|aqui é a|aqui e o|aqui e a|aqui fala o|aqui fala a)\\s+");
  /** "bitte buchen auf Stefan Krüger", "book it for Ann Lee": capitalised words only. */
  private static final Pattern BOOKED_FOR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:book|reserve|buch|bucht|buchen|reservier|reserviert|reservieren"
              + "|reservar|reserva|reservá|reservalo|réserver|reserver|réservez|reservez|réserve"
              + "|bloquer)(?:\\s+[\\p{L}]+){0,3}?"
              + "\\s+(?:auf|for|under|para|pour|em nome de|no nome de)\\s+");
  private static final Pattern WORD = Pattern.compile("\\G\\s*([\\p{L}][\\p{L}'\\-.]*)");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
          "la", "le", "ten", "ter", "bin", "al", "el");
  private static final Set<String> STOP =
      Set.copyOf(
          List.of(
          "and", "but", "i", "i'm", "my", "from", "with", "here", "please", "thanks", "thank",
          "and", "y", "pero", "mi", "con", "aqui", "gracias", "et", "mais", "mon", "ma", "avec",
          "ici", "merci", "und", "aber", "mein", "meine", "mit", "hier", "danke", "bitte", "e",
          "mas", "meu", "minha", "com", "obrigado", "obrigada", "is", "es", "est", "ist", "in",
          "en", "dans", "im", "no", "na", "room", "the", "a", "an", "for", "para", "pour", "fur",
          "für", "por", "to", "at", "will", "would", "am", "was", "have", "has", "your", "you",
          "booking", "reservation", "reserva", "also", "too", "tambien", "también", "aussi",
          "porfa", "svp", "stp", "pls", "plz", "favor",
          "auch", "também", "o", "and", "ok", "okay", "yes", "no", "sí", "si", "oui", "ja",
          "sim", "not", "nicht", "pas", "não", "nao"));
  private static final Set<String> NOT_NAMES =
      Set.copyOf(
          List.of(
          "english", "american", "british", "spanish", "japanese", "french", "german",
          "portuguese", "brazilian", "mexican", "canadian", "australian", "italian", "chinese",
          "korean", "vegetarian", "vegan", "allergic", "sorry", "interested", "looking",
          "travelling", "traveling", "coming", "arriving", "staying", "here", "back", "late",
          "early", "happy", "fine", "good", "ok", "okay", "not", "still", "also", "just", "going",
          "a", "an", "the", "in", "at", "on", "from", "with", "your", "guest", "español",
          "española", "espanol", "mexicano", "mexicana", "argentino", "argentina", "vegetariano",
          "vegetariana", "francais", "français", "française", "francaise", "allemand", "anglais",
          "végétarien", "végétarienne", "vegetarien", "desolee", "désolé", "désolée", "desole",
          "deutscher", "deutsche", "brasileiro", "brasileira", "portugues", "português",
          "portuguesa", "vegetariana", "de", "da", "do", "o", "a", "el", "la", "le", "un", "una",
          "une", "um", "uma", "ein", "eine", "the", "hotel", "room", "wifi", "wi-fi", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tonight",
          "tomorrow", "today", "next", "this", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december", "montag",
          "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "morgen",
          "heute"));
  private static final Pattern JAPANESE_EXPLICIT =
      Pattern.compile(
          "(?:私の名前は|わたしの名前は|僕の名前は|名前は|名前:)\\s*"
              + "(?<name>[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}"
              + "(?:\\s[\\p{IsHan}\\p{IsKatakana}ー・]{1,12})?|[A-Za-z][A-Za-z .'\\-]{0,40}?)"
              + "\\s*(?:です|と申します|といいます|と言います|でございます|だ|[。、!！,.]|$)");
  private static final Pattern JAPANESE_HUMBLE =
      Pattern.compile(
          "(?<![\\p{IsHan}\\p{IsKatakana}ー・])(?<name>[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}"
              + "(?:\\s[\\p{IsHan}\\p{IsKatakana}ー・]{1,12})?)\\s*"
              + "(?:と申します|といいます|と言います|と申す)");
  private static final Pattern JAPANESE_SHORT =
      Pattern.compile(
          "^\\s*(?:(?:こんにちは|こんばんは|はじめまして|すみません)[、,\\s]*)?"
              + "(?<name>[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}[\\p{IsHiragana}]{0,4})\\s*"
              + "(?:です|でございます)[。!！]?"
              + "\\s*(?:よろしく[^。]*[。!！]?)?\\s*$");
  /** A particle or verb ending a Japanese phrase: "京都から" and "予約します" are no names. */
  static final Pattern JAPANESE_NOT_A_NAME_END =
      Pattern.compile("(?:から|まで|で|に|は|が|を|の|と|も|へ|や|ます)$");

  static final Set<String> NOT_JAPANESE_NAMES =
      Set.of(
          "大丈夫", "結構", "以上", "了解", "予約", "本当", "無理", "確認", "同", "本日", "今日", "明日",
          "初", "禁煙", "喫煙", "ツイン", "ダブル", "スイート", "チェックイン", "チェックアウト", "和室",
          "満室", "問題", "不要", "必要", "到着", "出発", "一泊", "二泊");
  private static final Pattern JAPANESE_COUNT =
      Pattern.compile("[0-9一二三四五六七八九十][人名泊]|人$");

  private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\-]+$");
  private static final Pattern CLAUSE_END = Pattern.compile("[.,!;:?)\\n]");

  private GuestNames() {}

  private static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  static Optional<String> find(String text) {
    Optional<String> japanese = japanese(text);
    if (japanese.isPresent()) {
      return japanese;
    }
    Matcher explicit = EXPLICIT.matcher(text);
    if (explicit.find()) {
      Optional<String> name = words(text, explicit.end(), false, 1);
      if (name.isPresent()) {
        return name;
      }
    }
    Matcher bookedFor = BOOKED_FOR.matcher(text);
    if (bookedFor.find()) {
      Optional<String> name = words(text, bookedFor.end(), true, 2);
      if (name.isPresent()) {
        return name;
      }
    }
    Matcher loose = LOOSE.matcher(text);
    while (loose.find()) {
      boolean german = loose.group("intro").toLowerCase(Locale.ROOT).startsWith("ich");
      Optional<String> name = words(text, loose.end(), true, german ? 2 : 1);
      if (name.isPresent()) {
        return name;
      }
    }
    return Optional.empty();
  }

  /**
   * The name's words from {@code start}: up to four, stopping at punctuation, a digit or a stop
   * word; with {@code capitalised} only capitalised words (and particles between them) count.
   */
  private static Optional<String> words(
      String text, int start, boolean capitalised, int fewestWords) {
    Matcher m = WORD.matcher(text);
    m.region(start, text.length());
    List<String> words = new ArrayList<>();
    int end = start;
    while (words.size() < 6 && m.find()) {
      String word = TRAILING_DOTS.matcher(m.group(1)).replaceAll("");
      String lower = word.toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(word.charAt(0));
      if (PARTICLES.contains(lower) && !words.isEmpty()) {
        words.add(word);
        m.region(m.end(), text.length());
        continue;
      }
      if (STOP.contains(lower) || (capitalised && !capital)) {
        break;
      }
      words.add(word);
      end = m.start(1) + word.length();
      if (m.group(1).endsWith(".") && word.length() > 1) {
        break;
      }
      m.region(m.end(), text.length());
    }
    while (!words.isEmpty() && isParticle(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    long named = words.stream().filter(w -> !isParticle(w)).count();
    if (named < fewestWords || named > 4) {
      return Optional.empty();
    }
    if (capitalised && named == 1) {
      String only = words.get(0).toLowerCase(Locale.ROOT);
      String after = text.substring(end).stripLeading();
      boolean clauseEnds = after.isEmpty() || CLAUSE_END.matcher(after).lookingAt();
      if (NOT_NAMES.contains(only) || !clauseEnds) {
        return Optional.empty();
      }
    }
    if (NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(text.substring(start, end).strip());
  }

  private static Optional<String> japanese(String text) {
    for (Pattern pattern : List.of(JAPANESE_EXPLICIT, JAPANESE_HUMBLE, JAPANESE_SHORT)) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        String name = m.group("name").strip();
        if (!name.isEmpty()
            && !JAPANESE_NOT_A_NAME_END.matcher(name).find()
            && !NOT_JAPANESE_NAMES.contains(name)
            && !JAPANESE_COUNT.matcher(name).find()) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
