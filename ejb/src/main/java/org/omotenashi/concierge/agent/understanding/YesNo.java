package org.omotenashi.concierge.agent.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guest's reply to a yes-or-no question ("Shall I book it?"), in any of the six languages
 * whatever the conversation's language, since guests answer "ok", "sí" or "ja" in any of them.
 *
 * <p>A reply counts only when it opens with the answer: "yes", "yes, but make it 3 nights", "no, 3
 * nights", "Sí, por favor", "Non merci", "Nein danke", "não, obrigado", "はい、お願いします",
 * "いいえ、結構です". A sentence that merely contains the word somewhere ("is there no parking?")
 * is not an answer, and neither is a question that opens with it ("No parking?", "Ok what time is
 * breakfast?"). Set phrases beat their first word: "no problem", "no hay problema", "kein Problem"
 * and "sem problema" are yes; "of course not", "claro que no" are no; "not sure", "no sé", "je ne
 * sais pas", "weiß nicht", "não sei", "わからない" are neither.
 *
 * <p>Words that also open ordinary sentences ("si" is "if", "ya" is "already", "right", "fine",
 * "klar", "isso", "genau", "cancel"...) count only alone or followed by a comma, a full stop or a
 * courtesy ("si, gracias"; "Si es posible..." is no answer). A lone word of four or more letters
 * one typing error away from a listed one ("okey" aside, which is listed, "yeha", "parfiat",
 * "nien", "calro") is read as that word; shorter words are not corrected, only their common
 * misspellings are listed ("yse", "yess"). Letters repeated three times or more count once
 * ("yesss", "siii", "noooo").
 *
 * <p>Japanese follows the brief the staff gave: "大丈夫です" is yes (it is also a polite refusal in
 * some contexts: the caller asks for confirmation when it matters); "結構です" is no.
 */
public final class YesNo {
  private enum Answer {
    YES,
    NO,
    UNKNOWN
  }

  private record Entry(Answer answer, boolean opensSentences) {}

  /** Entries marked with {@code ~} count only alone or before punctuation or a courtesy. */
  private static final Map<Answer, String> LATIN =
      Map.of(
          Answer.YES,
          "yes|yeah|yea|yep|yup|~ya|yes please|sure|ok|okay|okey|~k|~kk|alright|all right"
              + "|please do|go ahead|book it|~confirm|confirmed|correct|~right|that's right"
              + "|~perfect|~great|sounds good|~fine|absolutely|definitely|of course|certainly"
              + "|~exactly|no problem|no worries|why not|that works|yse|yess|~si|claro"
              + "|fine by me|works for me|let's do it|lets do it|~do it|sounds great"
              + "|claro que si|vale|de acuerdo|perfecto|adelante|por supuesto|correcto|exacto"
              + "|~dale|~venga|~bueno|esta bien|no hay problema|sin problema|me parece bien"
              + "|oui|ouais|d'accord|ca marche|ca me va"
              + "|daccord|parfait|c'est bon|volontiers|bien sur|exactement|pas de probleme"
              + "|tout a fait|avec plaisir|ja|jawohl|jo|~genau|~gerne|~gern|~passt|in ordnung"
              + "|~klar|naturlich|einverstanden|perfekt|~richtig|~stimmt|alles klar|kein problem"
              + "|geht klar|passt so|~jap|~japp|~jep|~jepp|~jup"
              + "|sim|pode ser|~pode|~certo|perfeito|com certeza|beleza|ta bom|~ta|sem problema"
              + "|nao tem problema|~isso|exato|combinado|otimo|claro que sim|isso mesmo|e isso"
              + "|~fechado",
          Answer.NO,
          "no|nope|nah|not now|not really|no thanks|no thank you|don't|dont|do not|~cancel"
              + "|cancel that|never mind|nevermind|of course not|no gracias|mejor no|claro que no"
              + "|para nada|ahora no|todavia no|non|non merci|pas maintenant|pas vraiment"
              + "|pas besoin|surtout pas|nein|nein danke|lieber nicht|nicht jetzt|eher nicht"
              + "|auf keinen fall|~ne|~nee|nao|nao obrigado|nao obrigada|agora nao|melhor nao"
              + "|de jeito nenhum|~nunca",
          Answer.UNKNOWN,
          "not sure|i don't know|i dont know|dont know|maybe|perhaps|no idea|it depends|no se"
              + "|no lo se|tal vez|quizas|quiza|a lo mejor|je ne sais pas|je sais pas|peut-etre"
              + "|peut etre|weiss nicht|weiß nicht|keine ahnung|vielleicht|nao sei|talvez"
              + "|sei la|no estoy seguro|no estoy segura|pas sur|nicht sicher");

  private static final Map<Answer, List<String>> JAPANESE =
      Map.of(
          Answer.YES,
          List.of(
              "はい", "ええ", "うん", "お願いします", "おねがいします", "それでお願いします", "大丈夫です",
              "オッケー", "オーケー", "いいです", "いいですよ", "もちろん", "そうです", "了解", "承知しました",
              "かしこまりました", "問題ありません", "問題ないです"),
          Answer.NO,
          List.of(
              "いいえ", "いや", "やめます", "やめておきます", "結構です", "けっこうです", "いらないです",
              "いりません", "要りません", "不要です", "キャンセル", "違います", "ちがいます"),
          Answer.UNKNOWN,
          List.of("わからない", "わかりません", "分からない", "分かりません", "たぶん", "多分"));

  /** What may follow a short Japanese word that is also the start of another ("はいります"). */
  private static final Pattern JAPANESE_CONTINUES = Pattern.compile("^[\\p{IsHiragana}]");

  private static final Pattern JAPANESE_GOES_ON_WELL =
      Pattern.compile("^(?:です|でした|よ|ね|お願い|おねがい|そう|、|。)");

  private static final List<String> COURTESIES =
      List.of(
          "please", "pls", "plz", "thanks", "thank you", "por favor", "porfa", "gracias", "merci",
          "s'il vous plait", "s'il te plait", "svp", "stp", "bitte", "danke", "obrigado",
          "obrigada", "thx", "ty");

  private static final Pattern FILLERS =
      Rx.compile("^(?:(?:oh|um|uh|hmm|ah|well|eh|ahh)\\b[\\s,.!]*)+");
  private static final Pattern REPEATED = Pattern.compile("(\\p{L})\\1{2,}");
  private static final Pattern LEADING;
  /** A courtesy that ends the answer: "si porfa", "si porfa, cámbiela", "ok bitte." */
  private static final Pattern COURTESY_NEXT =
      Rx.compile("^\\s+" + Rx.words(COURTESIES) + "(?:[\\s\\p{P}]*$|\\s*[,.;!])");
  private static final Pattern WORDS = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
  private static final Map<String, Entry> ENTRIES = new HashMap<>();

  static {
    LATIN.forEach(
        (answer, phrases) -> {
          for (String phrase : phrases.split("\\|")) {
            boolean weak = phrase.startsWith("~");
            String key = weak ? phrase.substring(1) : phrase;
            ENTRIES.putIfAbsent(key, new Entry(answer, !weak));
          }
        });
    List<String> all = new ArrayList<>(ENTRIES.keySet());
    LEADING = Rx.compile("^(" + Rx.anyOf(all) + ")(?![\\p{L}\\p{N}'])");
  }

  private YesNo() {}

  /**
   * Whether the reply says yes (true) or no (false); empty when it says neither or is not an
   * answer.
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); answers in the other
   *     languages are read too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public static Optional<Boolean> read(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    String folded = TextFolding.lowerCase(TextFolding.fold(text)).strip();
    folded = REPEATED.matcher(folded).replaceAll("$1");
    folded = FILLERS.matcher(folded).replaceFirst("").replaceFirst("^[¡¿\\s]+", "");
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    Optional<Answer> answer = japanese(folded);
    if (answer.isEmpty()) {
      answer = latin(folded);
    }
    return answer.filter(a -> a != Answer.UNKNOWN).map(a -> a == Answer.YES);
  }

  private static Optional<Answer> japanese(String text) {
    Answer found = null;
    int length = 0;
    for (Map.Entry<Answer, List<String>> table : JAPANESE.entrySet()) {
      for (String word : table.getValue()) {
        if (word.length() > length && text.startsWith(word)) {
          String rest = text.substring(word.length());
          if (!JAPANESE_CONTINUES.matcher(rest).find()
              || JAPANESE_GOES_ON_WELL.matcher(rest).find()) {
            found = table.getKey();
            length = word.length();
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static Optional<Answer> latin(String text) {
    Matcher m = LEADING.matcher(text);
    String phrase;
    String rest;
    if (m.find()) {
      phrase = m.group(1).replaceAll("[\\s-]+", " ");
      rest = text.substring(m.end());
    } else {
      Matcher word = WORDS.matcher(text);
      if (!word.lookingAt() || countWords(text) > 3) {
        return Optional.empty();
      }
      phrase = corrected(word.group());
      if (phrase == null) {
        return Optional.empty();
      }
      rest = text.substring(word.end());
    }
    Entry entry = ENTRIES.get(phrase);
    if (entry == null) {
      return Optional.empty();
    }
    if (rest.isBlank() || rest.matches("^\\s*[\\p{P}\\p{S}].*") || isCourtesy(rest)) {
      return Optional.of(entry.answer());
    }
    if (!entry.opensSentences() || text.stripTrailing().endsWith("?")) {
      return Optional.empty();
    }
    return Optional.of(entry.answer());
  }

  private static boolean isCourtesy(String rest) {
    return COURTESY_NEXT.matcher(rest).find();
  }

  /** The one listed single word of four letters or more one edit away from this one. */
  private static String corrected(String word) {
    if (word.length() < 4) {
      return null;
    }
    String match = null;
    for (String entry : ENTRIES.keySet()) {
      if (entry.length() >= 4 && entry.indexOf(' ') < 0 && EditDistance.atMostOne(word, entry)) {
        if (match != null && ENTRIES.get(match).answer() != ENTRIES.get(entry).answer()) {
          return null;
        }
        match = entry;
      }
    }
    return match;
  }

  private static int countWords(String text) {
    int count = 0;
    Matcher m = WORDS.matcher(text);
    while (m.find()) {
      count++;
    }
    return count;
  }
}
