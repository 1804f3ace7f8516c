package org.omotenashi.concierge.agent.understanding;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short everyday words that tell the five Latin-script languages apart where a statistical detector
 * cannot: greetings, thanks, yes and no, and the function words of a sentence ("the", "los", "des",
 * "und", "você"). A word listed under two languages ("de", "la", "no", "para") tells nothing and
 * counts for neither. Words are looked up as written first, so that "sí" is Spanish while "si"
 * (Spanish without its accent, or French) stays undecided, and then without accents, so that
 * "habitacion" and "nao" still count.
 *
 * <p>Courtesies (greetings and thanks) are marked apart: in a message with a body, the body decides
 * the language, not the "Hola" in front of it.
 */
final class LanguageLexicon {
  private static final Map<GuestLanguage, String> WORDS =
      Map.of(
          GuestLanguage.EN,
          "the and you your i i'm im is are do does have has can could would will what when where"
              + " how please thanks thank hello hi hey yes yeah yep nope with for we my our room"
              + " rooms there this that it it's of to in at be book booking need want like"
              + " breakfast time night nights tomorrow today much don't dont good morning evening"
              + " just only any sorry bye free available an which who as am me so",
          GuestLanguage.ES,
          "el los las del y con una uno es está están estoy hay tienen tiene tengo quiero quisiera"
              + " necesito puedo podemos habitación habitaciones cuarto gracias hola sí buenos buenas"
              + " días noches noche mañana desayuno cuánto cuanto cuesta dónde donde cuándo cuando"
              + " qué que cómo como pero muy muchas muchos nosotros somos vamos llegamos llegar salida"
              + " también adiós vale claro perfecto señor usted ustedes mi yo hasta hacer puede"
              + " gustaría hora dos personas niños precio aparcamiento al lo le su sus nuestro ahora"
              + " hoy temprano tarde bien bueno favor no la de en para por reservar reserva"
              + " estacionamiento cama camas tres adultos o a me te se un",
          GuestLanguage.FR,
          "le les des du au aux et est sont je j'ai nous vous avez avons ai pour avec dans sur pas"
              + " ne une bonjour bonsoir merci oui non s'il plaît plait chambre chambres petit"
              + " déjeuner dejeuner heure combien où quand quel quelle comment voudrais voudrions"
              + " pouvez peux peut arrivée réserver réservation demain aujourd'hui très beaucoup mais"
              + " aussi c'est il elle ils mon ma mes notre votre bien salut revoir d'accord parfait"
              + " lit lits personnes enfants adultes nuit nuits soir matin la de en que un me a si"
              + " qu'il y",
          GuestLanguage.PT,
          "o os as um uma uns e é são está estão tem têm tenho temos você vocês voce eu nós não"
              + " sim obrigado obrigada olá oi bom boa dia tarde noite quarto quartos para com sem"
              + " do da dos das no na nos nas ao à muito quero gostaria preciso posso podemos pode"
              + " quanto custa onde quando qual como manhã café hoje amanhã cama camas pessoas"
              + " crianças adultos noites reserva reservar também mas mais meu minha seu sua nosso"
              + " ainda aqui isso isto estacionamento banheiro chegada saída então de que me a"
              + " por favor claro tres",
          GuestLanguage.DE,
          "der die das den dem des ein eine einen und ist sind ich wir sie es nicht kein keine"
              + " bitte danke hallo guten tag morgen abend zimmer frei haben habe hat kann können"
              + " möchte möchten würde gibt für mit von zu auf im am um wie was wann wo viel kostet"
              + " frühstück nacht nächte nächsten auch aber oder noch schon sehr tschüss tschüs ja"
              + " nein gerne genau doppelzimmer einzelzimmer mein meine unser ankunft abreise buchen"
              + " reservieren personen erwachsene kinder uhr heute in da");

  private static final Set<String> COURTESIES =
      Set.of(
          "hello", "hi", "hey", "thanks", "thank", "hola", "gracias", "buenos", "buenas", "bonjour",
          "bonsoir", "salut", "merci", "hallo", "guten", "danke", "olá", "ola", "oi", "obrigado",
          "obrigada", "bom", "boa", "dia", "días", "dias", "tag", "morgen", "morning", "evening",
          "tardes", "noches", "please", "bitte", "favor", "por");

  private static final Map<String, Set<GuestLanguage>> AS_WRITTEN = new HashMap<>();
  private static final Map<String, Set<GuestLanguage>> UNACCENTED = new HashMap<>();
  private static final Set<String> UNACCENTED_COURTESIES = new HashSet<>();

  static {
    WORDS.forEach(
        (language, words) -> {
          for (String word : words.split(" +")) {
            AS_WRITTEN
                .computeIfAbsent(word, w -> EnumSet.noneOf(GuestLanguage.class))
                .add(language);
            UNACCENTED
                .computeIfAbsent(TextFolding.key(word), w -> EnumSet.noneOf(GuestLanguage.class))
                .add(language);
          }
        });
    COURTESIES.forEach(word -> UNACCENTED_COURTESIES.add(TextFolding.key(word)));
  }

  private LanguageLexicon() {}

  /**
   * The one language the word belongs to, or null when it belongs to none or to several. A word
   * written with its accents is looked up as written; one without is compared with every entry
   * without its accents, so "si" is both Spanish "sí" and French "si".
   */
  static GuestLanguage languageOf(String lowerCaseWord) {
    String unaccented = TextFolding.key(lowerCaseWord);
    Set<GuestLanguage> languages =
        unaccented.equals(lowerCaseWord) ? null : AS_WRITTEN.get(lowerCaseWord);
    if (languages == null) {
      languages = UNACCENTED.get(unaccented);
    }
    return languages != null && languages.size() == 1 ? languages.iterator().next() : null;
  }

  static boolean isCourtesy(String lowerCaseWord) {
    return UNACCENTED_COURTESIES.contains(TextFolding.key(lowerCaseWord));
  }

  /** How many of the words belong to each language alone. */
  static Map<GuestLanguage, Integer> votes(List<String> lowerCaseWords) {
    Map<GuestLanguage, Integer> votes = new EnumMap<>(GuestLanguage.class);
    for (String word : lowerCaseWords) {
      GuestLanguage language = languageOf(word);
      if (language != null) {
        votes.merge(language, 1, Integer::sum);
      }
    }
    return votes;
  }
}
