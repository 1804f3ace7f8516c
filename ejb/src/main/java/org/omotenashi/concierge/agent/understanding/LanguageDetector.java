package org.omotenashi.concierge.agent.understanding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells which of the six guest languages (en, ja, es, fr, pt, de) a message is written in, keeping
 * the conversation's language whenever the message does not say clearly. Load it once with {@link
 * #load()} (about half a second: it reads OpenNLP's language model from the class path); {@link
 * #detect} keeps no state, so one instance serves all threads.
 *
 * <p>How it decides, in this order:
 *
 * <ol>
 *   <li>Japanese by its script: kana or kanji make a message Japanese as long as they are at least
 *       a third as many as the Latin letters ("Wi-Fiのパスワード", "はい", "SKR-7K3Q9Pです").
 *   <li>Before anything else is read, digits, e-mail addresses, web addresses and codes mixing
 *       letters and digits ("SKR-7K3Q9P", "305B") are removed: they belong to no language. What
 *       is left without a word ("2", "SKR-7K3Q9P", "ana@example.com", "👍") keeps the
 *       conversation's language.
 *   <li>One or two words ("gracias", "merci beaucoup", "sí", "obrigado", "danke", "yes please")
 *       are decided by a small lexicon ({@link LanguageLexicon}) when every word that belongs to a
 *       single language points to the same one; words shared between languages or belonging to
 *       none ("ok", "si", "no", "hotel", "Ana") keep the conversation's language.
 *   <li>Longer messages weigh OpenNLP's language model (restricted to the six languages) together
 *       with the lexicon's words, and switch only when the best language is clearly ahead of the
 *       second; otherwise the conversation's language stays.
 * </ol>
 *
 * <p>Mixed messages: the body decides, not the courtesies around it. "Hola, do you have rooms?" is
 * English and "Thanks! ¿Tienen habitaciones?" Spanish, because greetings and thanks are left out as
 * soon as three other words remain. A message made of a courtesy alone ("Hola") does switch.
 *
 * <p>Not recognised: languages other than the six (an Italian message gets whichever of the six is
 * clearly closest, or the conversation's language); Chinese written only in hanzi is read as
 * Japanese; a single word that several languages share never switches.
 */
public final class LanguageDetector {
  private static final String MODEL = "langdetect-183.bin";

  /** OpenNLP's ISO 639-3 codes for our languages. */
  private static final Map<String, GuestLanguage> OURS =
      Map.of(
          "eng", GuestLanguage.EN,
          "jpn", GuestLanguage.JA,
          "spa", GuestLanguage.ES,
          "fra", GuestLanguage.FR,
          "por", GuestLanguage.PT,
          "deu", GuestLanguage.DE);

  private static final Pattern NOT_LANGUAGE =
      Pattern.compile(
          "\\S+@\\S+|(?:https?://|www\\.)\\S+"
              // codes such as booking references, SKR-WQCU9D or SKR-ABCDEF: "skr" is no word
              + "|\\b\\p{Lu}{2,5}-[\\p{Lu}\\p{N}]{4,}\\b"
              + "|(?:[\\p{L}\\p{N}]+-)*[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)*");

  /** The weight of one lexicon word against the natural log of OpenNLP's probability. */
  private static final double LEXICON_WEIGHT = 0.5;

  /** How far ahead, in the same units, the best language must be to leave the conversation's. */
  private static final double CLEAR_LEAD = 0.25;
  /**
   * The lead a Spanish message needs to switch a Portuguese conversation (and the reverse): about
   * e^1, nearly 3 times likelier, since a Spanish sentence often scores Portuguese by a little.
   */
  private static final double NEIGHBOUR_SWITCH_LEAD = 1.0;

  private final LanguageDetectorModel model;

  private LanguageDetector(LanguageDetectorModel model) {
    this.model = model;
  }

  /**
   * Reads OpenNLP's language model ({@code opennlp-models-langdetect}) from the class path.
   *
   * @throws IllegalStateException when the model is not on the class path
   * @throws UncheckedIOException when it cannot be read
   */
  public static LanguageDetector load() {
    try (InputStream in = LanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(
            MODEL + " is not on the class path: add org.apache.opennlp:opennlp-models-langdetect");
      }
      return new LanguageDetector(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model " + MODEL, e);
    }
  }

  /**
   * The language the message is written in.
   *
   * @param text the guest's message
   * @param conversationLanguage the language the conversation is in so far (en, ja, es, fr, pt or
   *     de, a region such as {@code pt-BR} is allowed), kept unless the message clearly says
   *     otherwise
   * @return "en", "ja", "es", "fr", "pt" or "de"
   * @throws IllegalArgumentException when the conversation's language is not one of the six
   */
  public String detect(String text, String conversationLanguage) {
    return detect(text, conversationLanguage, true);
  }

  /**
   * @param settled false for a conversation's first message, whose language so far is only a
   *     guess (the browser's, the phone number's country): the likeliest language then wins
   *     without the lead a switch needs
   */
  public String detect(String text, String conversationLanguage, boolean settled) {
    Objects.requireNonNull(text, "text");
    GuestLanguage conversation = ConversationLanguage.parse(conversationLanguage).language();
    return code(detect(text, conversation, settled));
  }

  private GuestLanguage detect(String text, GuestLanguage conversation, boolean settled) {
    if (isJapanese(text)) {
      return GuestLanguage.JA;
    }
    String apostrophes = text.replace('\u2019', '\'').replace('`', '\'');
    String plain = NOT_LANGUAGE.matcher(apostrophes).replaceAll(" ");
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(plain);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      return conversation;
    }
    if (words.size() <= 2) {
      // "ok", "sí", "merci" in a conversation under way keep its language; as a first message, a
      // word that belongs to one language only ("hola", "danke") sets it.
      return settled ? conversation : onlyLanguage(LanguageLexicon.votes(words)).orElse(conversation);
    }
    List<String> body = words.stream().filter(w -> !LanguageLexicon.isCourtesy(w)).toList();
    if (body.size() >= 3) {
      words = body;
    }
    return weigh(words, conversation, settled);
  }

  private GuestLanguage weigh(List<String> words, GuestLanguage conversation, boolean settled) {
    Map<GuestLanguage, Integer> votes = LanguageLexicon.votes(words);
    Map<GuestLanguage, Double> score = new EnumMap<>(GuestLanguage.class);
    Language[] predicted = new LanguageDetectorME(model).predictLanguages(String.join(" ", words));
    for (Language language : predicted) {
      GuestLanguage ours = OURS.get(language.getLang());
      if (ours != null && ours != GuestLanguage.JA) {
        score.put(
            ours,
            Math.log(language.getConfidence()) + LEXICON_WEIGHT * votes.getOrDefault(ours, 0));
      }
    }
    GuestLanguage best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Map.Entry<GuestLanguage, Double> entry : score.entrySet()) {
      if (entry.getValue() > bestScore) {
        second = bestScore;
        bestScore = entry.getValue();
        best = entry.getKey();
      } else if (entry.getValue() > second) {
        second = entry.getValue();
      }
    }
    if (best == null || best == conversation) {
      return conversation;
    }
    double kept = score.getOrDefault(conversation, Double.NEGATIVE_INFINITY);
    double switchLead =
        !settled ? 0 : isNeighbour(best, conversation) ? NEIGHBOUR_SWITCH_LEAD : CLEAR_LEAD;
    boolean clear = (bestScore - second >= CLEAR_LEAD || !settled) && bestScore - kept >= switchLead;
    return clear ? best : conversation;
  }

  /** Spanish and Portuguese share most of their words: one sentence rarely tells them apart. */
  private static boolean isNeighbour(GuestLanguage one, GuestLanguage other) {
    return Set.of(one, other).equals(Set.of(GuestLanguage.ES, GuestLanguage.PT));
  }

  private static Optional<GuestLanguage> onlyLanguage(Map<GuestLanguage, Integer> votes) {
    return votes.size() == 1
        ? Optional.of(votes.keySet().iterator().next())
        : Optional.empty();
  }

  /** Kana or kanji at least a third as many as Latin letters. */
  private static boolean isJapanese(String text) {
    int japanese = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA
          || script == Character.UnicodeScript.HAN) {
        japanese++;
      } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
        latin++;
      }
      i += Character.charCount(c);
    }
    return japanese > 0 && japanese * 3 >= latin;
  }

  private static String code(GuestLanguage language) {
    return language.locale.getLanguage();
  }
}
