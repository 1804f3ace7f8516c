package org.omotenashi.concierge.agent.understanding;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many guests a message says will stay: adults and children, either of which may be unknown
 * (null) when the message does not say.
 *
 * <p>Recognised, in any of the six languages whatever the conversation's: counts before a word for
 * adults, children or people ("2 adults and 1 child", "two adults", "2 adultos y 2 niños", "deux
 * adultes et un enfant", "zwei Erwachsene und ein Kind", "2 adultos e 1 criança", "大人2名、子供1名",
 * "for 2 people", "3 personas", "2 pax", "2名", "3人", "二人", "a baby"), form-like counts ("adults:
 * 2, children: 1"), totals ("we are 3", "there are 4 of us", "family of four", "somos 3", "nous
 * sommes 3", "wir sind zu dritt", "somos 4"), one person ("just me", "solo yo", "moi seul", "nur
 * ich", "só eu", "一人", "travelling alone") and two ("my wife and I", "mi esposa y yo", "ma femme et
 * moi", "meine Frau und ich", "eu e minha esposa", "a couple", "una pareja", "um casal", "夫婦",
 * "the two of us", "nosotras dos", "nous deux", "wir beide", "nós dois").
 *
 * <p>How counts combine: a count of people ("2 people", "3 personas", "2名") is taken as adults,
 * with children counted apart when the message names them ("2 people and a baby" is 2 adults and 1
 * child). A total of the whole party ("we are 4", "family of 4") includes the children it mentions
 * ("we are 4 with 2 kids" is 2 adults and 2 children; "family of four" alone is 4 adults). A role
 * given two different counts ("2 or 3 adults") is left unknown.
 *
 * <p>Deliberately not read as a party: dates ("15 de enero", "3/15", "March 3"), nights ("3
 * nights", "3泊"), room numbers ("room 305"), times ("at 7"), prices, "a couple of days", "ein paar"
 * (a few), "1人あたり" (per person), and a count without a word for people ("for 2").
 */
public record PartySize(Integer adults, Integer children) {

  /**
   * The party the message describes, or empty when it names none.
   *
   * @param language the conversation's language (en, ja, es, fr, pt or de); counts in the other
   *     languages are read too
   * @throws IllegalArgumentException when the language is not one of the six
   */
  public static Optional<PartySize> find(String text, String language) {
    Objects.requireNonNull(text, "text");
    ConversationLanguage.parse(language);
    return Grammar.read(TextFolding.lowerCase(TextFolding.fold(text)));
  }

  /** The patterns, compiled once. */
  private static final class Grammar {
    private static final String NUMBER =
        "(?<n>\\d{1,2}|an?|"
            + Rx.anyOf(NumberWords.words())
            + "|"
            + NumberWords.KANJI
            + ")";
    private static final String BEFORE_NUMBER = "(?<![\\p{L}\\p{N}/:.,$€£¥#+-])";
    private static final String ADULTS =
        "(?:adults?|grown[\\s-]?ups?|adultos?|adultes?|erwachsene[nr]?)";
    private static final String CHILDREN =
        "(?:children|child|kids?|babies|baby|babys|infants?|toddlers?|ninos?|ninas?|bebes?"
            + "|enfants?|kinder|kind|kleinkinder|kleinkind|criancas?|filhos?|hijos?)";
    private static final String PEOPLE =
        "(?:people|persons?|guests?|pax|personas?|huespedes|personnes?|pers|personen|leute"
            + "|gaste|gaeste|pessoas?|hospedes)";
    private static final String SMALL =
        "(?:(?:small|little|young|pequenos?|petits?|kleine)\\s+)?";

    /** "a kids' menu", "a baby cot", "what kind of room" are no children. */
    private static final String NOT_A_CHILD =
        "(?!'|\\s*(?:of|menu|club|bed|beds|cot|cots|pool|area|room|meal|meals|price|prices|rate"
            + "|rates|friendly|seat|chair|chairs|discount)" + Rx.END + ")";

    private static final Pattern ADULT_COUNT =
        Rx.compile(BEFORE_NUMBER + NUMBER + "\\s*-?\\s*" + ADULTS + Rx.END);
    private static final Pattern CHILD_COUNT =
        Rx.compile(
            BEFORE_NUMBER + NUMBER + "\\s*-?\\s*" + SMALL + CHILDREN + Rx.END + NOT_A_CHILD);
    private static final Pattern PEOPLE_COUNT =
        Rx.compile(
            BEFORE_NUMBER + "(?<n>\\d{1,2}|" + Rx.anyOf(NumberWords.words()) + ")\\s*" + PEOPLE
                + Rx.END);
    private static final Pattern ADULT_FORM =
        Rx.compile(Rx.START + ADULTS + "\\s*[:=]\\s*(?<n>\\d{1,2})(?![\\d/:.])");
    private static final Pattern CHILD_FORM =
        Rx.compile(Rx.START + CHILDREN + "\\s*[:=]\\s*(?<n>\\d{1,2})(?![\\d/:.])");

    private static final Pattern JAPANESE_ADULTS =
        Pattern.compile("(?:大人|おとな)\\s*(?<n>\\d{1,2}|" + NumberWords.KANJI + ")\\s*(?:名|人)?");
    private static final Pattern JAPANESE_CHILDREN =
        Pattern.compile(
            "(?:子供|子ども|こども|小人|幼児|乳児|赤ちゃん|小学生|中学生|幼稚園児|園児|未就学児)\\s*(?<n>\\d{1,2}|"
                + NumberWords.KANJI
                + ")\\s*(?:名|人)?");
    private static final Pattern JAPANESE_PEOPLE =
        Pattern.compile(
            "(?<![大人供もな幼乳ん何\\d])(?<n>\\d{1,2}|"
                + NumberWords.KANJI
                + "|ひと(?=り)|ふた(?=り))\\s*(?:名|人|り)(?!\\s*(?:あたり|当たり|につき|様あたり))");

    private static final String TOTAL_AFTER =
        "(?=\\s*(?:$|[,.!;)]|and|with|y|con|et|avec|und|mit|e|com|adult|of us|people|person"
            + "|pers|in total|en total|au total|insgesamt|no total|friends|amig[oa]s|amie?s"
            + "|freunde|freundinnen|colleagues|colegas|collegues|kollegen|kolleginnen))";
    private static final Pattern TOTAL =
        Rx.compile(
            Rx.START
                + "(?:we are|we're|we will be|we'll be|there are|there will be|family of|party of"
                + "|group of|somos|seremos|familia de|grupo de|nous sommes|nous serons|on est"
                + "|on sera|famille de|groupe de|wir sind|wir werden|familie mit|gruppe von"
                + "|familia de|grupo de)\\s+"
                + "(?<n>\\d{1,2}|"
                + Rx.anyOf(NumberWords.words())
                + ")"
                + TOTAL_AFTER);
    private static final Pattern OF_US =
        Rx.compile(
            BEFORE_NUMBER + "(?<n>\\d{1,2}|" + Rx.anyOf(NumberWords.words()) + ")\\s+of us");
    private static final Map<String, Integer> ZU =
        Map.of("zweit", 2, "dritt", 3, "viert", 4, "funft", 5, "fuenft", 5, "sechst", 6);
    private static final Pattern GERMAN_ZU =
        Rx.compile(Rx.START + "zu (?<zu>" + Rx.anyOf(ZU.keySet()) + ")" + Rx.END);

    private static final String WITH_SOMEONE =
        "(?!\\s*(?:and|y|et|und|e|&|with|con|avec|mit|com)\\s)";
    private static final Pattern ALONE =
        Rx.compile(
            Rx.words(
                    List.of(
                        "just me", "only me", "just myself", "only myself", "by myself",
                        "i'm alone", "i am alone", "travelling alone", "traveling alone",
                        "solo yo", "yo solo", "yo sola", "solo para mi", "viajo solo",
                        "viajo sola", "voy solo", "voy sola", "moi seul", "moi seule",
                        "juste moi", "seulement moi", "je voyage seul", "je voyage seule",
                        "je viens seul", "je viens seule", "je suis seul", "je suis seule",
                        "estoy solo", "estoy sola", "ich bin allein", "ich komme allein",
                        "solo una persona", "one person", "une personne", "eine person",
                        "uma pessoa", "una persona", "nur ich", "ich allein",
                        "ich alleine", "nur fur mich", "reise allein", "reise alleine",
                        "so eu", "somente eu", "apenas eu", "sozinho", "sozinha"))
                + WITH_SOMEONE);
    private static final Pattern JAPANESE_ALONE = Pattern.compile("一人旅|ひとり旅|私だけ|自分だけ");

    private static final String PARTNER =
        "(?:wife|husband|partner|girlfriend|boyfriend|fiancee?|friend|mom|mum|mother|dad|father"
            + "|sister|brother|colleague|coworker|spouse|esposa|esposo|mujer|marido|pareja|novia"
            + "|novio|colega|companer[oa]|collegue|kollegin|kollege"
            + "|amigo|amiga|madre|padre|hermana|hermano|femme|mari|epouse|epoux|partenaire"
            + "|copine|copain|amie?|compagne|compagnon|mere|pere|soeur|frere|frau|mann"
            + "|partnerin|freundin|freund|mutter|vater|schwester|bruder|mulher|namorada|namorado"
            + "|parceiro|parceira|mae|pai|irma|irmao)";
    private static final String MY = "(?:my|mi|ma|mon|meine?|minha|meu|a minha|o meu)";
    private static final String AND = "(?:and|y|et|und|e|&)";
    private static final String I = "(?:i|me|yo|moi|ich|mich|eu|mim)";
    private static final String FOR = "(?:(?:for|para|pra|pour|fur)\\s+)?";
    private static final String A_OR_MY =
        "(?:a|an|my|un|una|mi|mon|ma|une|einem|einer|meinem|meiner|um|uma|meu|minha|o meu"
            + "|a minha)";
    private static final Pattern COUPLE =
        Rx.compile(
            Rx.START
                + "(?:"
                + MY
                + "\\s+"
                + PARTNER
                + "\\s+"
                + AND
                + "\\s+"
                + I
                + "|"
                + I
                + "\\s+"
                + AND
                + "\\s+"
                + FOR
                + MY
                + "\\s+"
                + PARTNER
                // "travelling with a colleague", "con mi hermana", "mit meiner Freundin"
                + "|(?:with|con|avec|mit|com)\\s+"
                + A_OR_MY
                + "\\s+"
                + PARTNER
                + "(?!\\s*(?:and|y|et|und|e|&)\\s)"
                + "|(?:a|una|un|um)\\s+(?:couple|pareja|casal)(?!\\s+(?:of|de)\\s)|married couple"
                + "|(?:para|pra|pour)\\s+(?:o\\s+)?(?:casal|pareja|couple)"
                + "|ehepaar|matrimonio"
                + "|the two of us|both of us|us two|nosotr[oa]s dos|los dos|las dos|nous deux"
                + "|tous les deux|toutes les deux|uns beide|wir beide|wir zwei|uns zwei"
                + "|nos dois|nos duas|n[oó]s dois|n[oó]s duas)"
                + Rx.END);
    private static final Pattern JAPANESE_COUPLE =
        Pattern.compile("夫婦|カップル|妻と私|夫と私|私と妻|私と夫|二人で|ふたりで");

    /** One child named as family: "our son (3)", "unser Sohn", "nuestra hija", "notre fils". */
    private static final Pattern ONE_CHILD =
        Rx.compile(
            Rx.START
                + "(?:our|my|unser|unsere|unseren|mein|meine|meinen|nuestro|nuestra|mi|notre|mon|ma"
                + "|o nosso|a nossa|nosso|nossa|o meu|a minha|meu|minha)\\s+"
                + "(?:little\\s+|kleine[nr]?\\s+|pequen[oa]\\s+|petite?\\s+)?"
                + "(?:son|daughter|baby|kid|child|sohn|tochter|kind|baby|hijo|hija|bebe|nino|nina"
                + "|fils|fille|enfant|filho|filha|bebe)"
                + Rx.END);
    private static final Pattern JAPANESE_ONE_CHILD = Pattern.compile("息子|娘|赤ちゃん");

    /** "2 or 3 adults": the count right before the unit is one of two. */
    private static final Pattern ALTERNATIVE_BEFORE =
        Rx.compile(
            "(?:\\d{1,2}|"
                + Rx.words(NumberWords.words())
                + ")\\s*(?:-|~|/|\\s(?:or|o|ou|oder|to|a|bis)\\s)\\s*$");

    private Grammar() {}

    static Optional<PartySize> read(String text) {
      Set<Integer> adults = counts(text, ADULT_COUNT, ADULT_FORM, JAPANESE_ADULTS);
      Set<Integer> children = counts(text, CHILD_COUNT, CHILD_FORM, JAPANESE_CHILDREN);
      Set<Integer> people = counts(text, PEOPLE_COUNT, JAPANESE_PEOPLE);
      Set<Integer> totals = counts(text, TOTAL, OF_US);
      Matcher zu = GERMAN_ZU.matcher(text);
      while (zu.find()) {
        totals.add(ZU.get(zu.group("zu")));
      }
      if (children.isEmpty()
          && (ONE_CHILD.matcher(text).find() || JAPANESE_ONE_CHILD.matcher(text).find())) {
        children.add(1);
      }
      Integer child = single(children);
      Integer adult = single(adults);
      if (adult == null && adults.isEmpty()) {
        adult = single(people);
      }
      if (adult == null && adults.isEmpty() && people.isEmpty()) {
        Integer total = single(totals);
        if (total != null) {
          adult = child != null && total > child ? total - child : total;
        } else if (totals.isEmpty()) {
          adult = fixedParty(text);
        }
      }
      return adult == null && child == null
          ? Optional.empty()
          : Optional.of(new PartySize(adult, child));
    }

    private static Integer fixedParty(String text) {
      if (ALONE.matcher(text).find() || JAPANESE_ALONE.matcher(text).find()) {
        return 1;
      }
      if (COUPLE.matcher(text).find() || JAPANESE_COUPLE.matcher(text).find()) {
        return 2;
      }
      return null;
    }

    private static Set<Integer> counts(String text, Pattern... patterns) {
      Set<Integer> found = new HashSet<>();
      for (Pattern pattern : patterns) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          if (Rx.before(ALTERNATIVE_BEFORE, text, m.start("n"), 16)) {
            found.add(-1);
          }
          number(m.group("n")).ifPresent(found::add);
        }
      }
      return found;
    }

    private static OptionalInt number(String word) {
      return switch (word) {
        case "a", "an", "ひと" -> OptionalInt.of(1);
        case "ふた" -> OptionalInt.of(2);
        default -> NumberWords.parse(word);
      };
    }

    /** The count when the message gives exactly one; -1 marks a count given as alternatives. */
    private static Integer single(Set<Integer> values) {
      return values.size() == 1 && !values.contains(-1) ? values.iterator().next() : null;
    }
  }
}
