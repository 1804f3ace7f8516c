package org.omotenashi.concierge.agent.understanding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The intents that a few words decide more reliably than a statistical model, in all six languages
 * at once (guests mix them): asking for a person, cancelling a booking, a message that is only a
 * greeting or only thanks and goodbye, late check-out and early check-in, and the unmistakable
 * words of an angry guest. Patterns run on {@link IntentFeatures#normalize normalized} text: lower
 * case, no accents, digits as 0, punctuation as a space.
 *
 * <p>Deliberately not here: "what time is check-out?" (a hotel question, for the model), "can I
 * cancel for free?" or "what is your cancellation policy?" (hotel questions: the cancel rule stands
 * back when the message asks about fees, deadlines or the policy), and "can we arrive a day
 * earlier?" (a change of dates, not early check-in).
 */
final class IntentRules {
  /** The confidence of an intent a rule decided. */
  static final double RULE_CONFIDENCE = 0.95;

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final String CHECK_IN = "check ?-?in";
  private static final String CHECK_OUT = "check ?-?out";

  private static final Pattern HUMAN =
      Pattern.compile(
          B
              + "(?:(?:speak|talk|chat) (?:to|with) (?:a |an |the |some |your |someone |somebody )?"
              + "(?:real )?(?:human|person|someone|somebody|staff|agent|manager|receptionist"
              + "|front desk|reception|live agent|employee)"
              + "|real (?:human|person)|human (?:being|agent|please)|live agent|operator please"
              + "|hablar con (?:una |un |el |la |alguien|algun|personal|recepcion|humano|persona)"
              + "|persona real|atencion humana|un humano"
              + "|parler (?:a|avec) (?:quelqu'un|une personne|un humain|un conseiller|la reception"
              + "|le responsable|un agent|le directeur|le gerant|un employe|une vraie|un vrai)"
              + "|(?:un|une) (?:vrai|vraie) (?:humain|personne)"
              + "|falar com (?:um |uma |o |a |alguem|algum|humano|atendente|pessoa|recepcao|gerente)"
              + "|atendente humano|pessoa real|atendimento humano"
              + "|mit (?:einem|einer|jemandem|der|dem|ihrem|einem echten) ?"
              + "(?:menschen|mitarbeiter|mitarbeiterin|person|rezeption|manager|echten menschen"
              + "|verantwortlichen|)? ?(?:sprechen|reden)"
              + "|echten menschen|einen menschen)"
              + E
              + "|(?:スタッフ|人間|担当者|担当の方|オペレーター|フロントの方|係の人|係りの人|人と|従業員|支配人|マネージャー)"
              + "(?:さん|の方)?(?:と|に|へ)?(?:話|はな|代わ|かわ|つない|繋い|つなげ|繋げ|相談)");

  private static final Pattern CANCEL =
      Pattern.compile(
          "(?:" + B + "(?:cancel\\w*|anul\\w*|annul\\w*|stornier\\w*|storno\\w*)|キャンセル|取り消|取消)");
  private static final Pattern BOOKING =
      Pattern.compile(
          "(?:"
              + B
              + "(?:booking|reservation|reserv\\w*|stay|room|trip|buchung|zimmer|aufenthalt|estancia"
              + "|habitacion|sejour|chambre|estadia|quarto|skr)"
              + E
              + "|予約|部屋|宿泊)");
  private static final Pattern POLICY =
      Pattern.compile(
          "(?:"
              + B
              + "(?:policy|policies|free|fee|fees|charge\\w*|penalty|deadline|until when|how late"
              + "|what happens|if i|if we|politica|gratis|gratuit\\w*|sin coste|sin cargo|si cancelo"
              + "|cargo|frais|penalite|si j'annule|si on annule|taxa|multa|se eu|se cancelar"
              + "|kostenlos\\w*|gebuhr\\w*|bedingung\\w*|wenn ich|wenn wir|bis wann|hasta cuando"
              + "|jusqu'a quand|ate quando|conditions?|condiciones|condicoes)"
              + E
              + "|無料|ポリシー|料金|いつまで|規定|手数料|場合)");

  private static final String GREETING_WORDS =
      "hi|hello|hey|hiya|howdy|hullo|helo|hello there|hi there|good morning|good afternoon"
          + "|good evening|morning|evening|greetings|hola|holaa|buenos dias|buen dia|buenas tardes"
          + "|buenas noches|buenas|bonjour|bonsoir|salut|coucou|ola|oi|bom dia|boa tarde|boa noite"
          + "|hallo|halo|guten morgen|guten tag|guten abend|moin|moin moin|servus|gruss gott"
          + "|gruezi|gruß gott|こんにちは|こんにちわ|こんばんは|こんばんわ|おはよう|おはようございます"
          + "|もしもし|はじめまして|すみません|すいません|excuse me|disculpe|entschuldigung"
          + "|com licenca";
  private static final String GREETING_FILLERS =
      "there|all|everyone|everybody|team|folks|guys|again|sakura|hotel|hotel sakura|kyoto"
          + "|sir|madam|a todos|todos|equipo|tout le monde|l'equipe|pessoal|gente|equipe"
          + "|zusammen|liebes team|team|hotel sakura kyoto|さん|様|ホテル|さくら";
  private static final Pattern GREETING_ONLY =
      Pattern.compile(
          "^(?:(?:"
              + GREETING_FILLERS
              + ") )*(?:"
              + GREETING_WORDS
              + ")(?: (?:"
              + GREETING_WORDS
              + "|"
              + GREETING_FILLERS
              + "))*$");

  private static final String THANKS_WORDS =
      "thanks|thank you|thank u|thanx|thx|ty|tks|many thanks|cheers|bye|goodbye|bye bye|see you"
          + "|see ya|good night|take care|gracias|muchas gracias|mil gracias|adios|hasta luego"
          + "|hasta pronto|hasta manana|chao|chau|merci|merci beaucoup|au revoir|a bientot"
          + "|bonne soiree|bonne nuit|bonne journee|obrigado|obrigada|muito obrigado|muito obrigada"
          + "|valeu|tchau|ate logo|ate mais|ate amanha|danke|danke schon|danke sehr|dankeschon"
          + "|vielen dank|herzlichen dank|tschuss|auf wiedersehen|bis bald|bis morgen|gute nacht"
          + "|schonen abend|schonen tag|ありがとう|ありがとうございます|ありがとうございました"
          + "|どうもありがとう|どうもありがとうございます|さようなら|またね|おやすみなさい|失礼します"
          + "|助かりました|了解です|わかりました";
  private static final String THANKS_FILLERS =
      "ok|okay|oki|great|perfect|awesome|lovely|nice|cool|so much|very much|a lot|again"
          + "|for everything|for your help|for the help|that's all|that is all|you too|all good"
          + "|perfecto|genial|vale|muy amable|por todo|por tu ayuda|por su ayuda|de nuevo|ok gracias"
          + "|parfait|super|tres bien|pour tout|pour votre aide|encore|d'accord|perfeito|otimo|beleza"
          + "|por tudo|pela ajuda|de novo|prima|toll|alles klar|fur alles|fur ihre hilfe|nochmal"
          + "|sehr gut|wunderbar|ciao|本当に|ほんとうに|色々|いろいろ|とても|大変|はい|了解";
  private static final Pattern THANKS_ONLY =
      Pattern.compile(
          "^(?:(?:"
              + THANKS_FILLERS
              + ") )*(?:"
              + THANKS_WORDS
              + ")(?: (?:"
              + THANKS_WORDS
              + "|"
              + THANKS_FILLERS
              + "))*$");

  private static final Pattern LATE_CHECKOUT =
      Pattern.compile(
          B
              + "(?:late "
              + CHECK_OUT
              + "|later "
              + CHECK_OUT
              + "|"
              + CHECK_OUT
              + " (?:late|later|a (?:bit|little) later|at 0 ?pm|at 0 ?00|until 0)"
              + "|extend (?:the |my |our )?"
              + CHECK_OUT
              + "|salida tardia|"
              + CHECK_OUT
              + " (?:mas )?tard(?:e|io|ia)|"
              + CHECK_OUT
              + " tardif|depart tardif|liberer la chambre plus tard|quitter la chambre plus tard"
              + "|rendre la chambre plus tard|saida tardia|sair mais tarde do quarto"
              + "|deixar o quarto mais tarde|dejar la habitacion mas tarde|spat(?:er)? auschecken"
              + "|spate[nrs]? "
              + CHECK_OUT
              + "|spate abreise|zimmer spater (?:verlassen|raumen|abgeben))"
              + E
              + "|レイトチェックアウト|レイト チェックアウト|チェックアウトを?遅|遅めの?チェックアウト"
              + "|遅くチェックアウト|チェックアウトを?延長|チェックアウトの延長");

  private static final Pattern EARLY_CHECKIN =
      Pattern.compile(
          B
              + "(?:early "
              + CHECK_IN
              + "|earlier "
              + CHECK_IN
              + "|"
              + CHECK_IN
              + " (?:early|earlier|before 0)"
              + "|"
              + CHECK_IN
              + " (?:temprano|antes de (?:la|las) 0|anticipad[oa]|anticipe|plus tot|antecipad[oa]"
              + "|mais cedo|fruher)|llegada temprana|entrada antecipada|arrivee anticipee"
              + "|fruh(?:er|es|en)? (?:einchecken|"
              + CHECK_IN
              + ")|fruhe anreise)"
              + E
              + "|アーリーチェックイン|アーリー チェックイン|早めに?チェックイン|早くチェックイン"
              + "|チェックインを?早");

  private static final Pattern ANGRY =
      Pattern.compile(
          B
              + "(?:unacceptable|disgusting|outrageous|ridiculous|disgraceful|appalling|worst|furious"
              + "|fed up|very disappointed|so disappointed|really disappointed|inaceptable"
              + "|vergonzoso|indignante|una verguenza|decepcionad[oa]|harto|harta|pesimo|pesima"
              + "|inadmissible|inacceptable|scandaleux|honteux|decu|decue|lamentable|degoutant"
              + "|inaceitavel|absurdo|pessimo|pessima|vergonha|decepcionante|nojento|revoltante"
              + "|unakzeptabel|frechheit|unverschamt|enttauscht|katastrophe|skandal\\w*|zumutung"
              + "|eine schande|nightmare|pesadilla|cauchemar|pesadelo|albtraum|gross|que asco|que nojo"
              + "|ekelhaft|i want to complain|i'd like to complain|make a complaint|file a complaint"
              + "|quejarme|poner una queja|hacer una queja|me plaindre|porter plainte|faire une reclamation"
              + "|reclamar|fazer uma reclamacao|mich beschweren|eine beschwerde)"
              + E
              + "|最悪|ひどすぎ|ありえない|あり得ない|信じられない|がっかり|不愉快|腹が立|頭にき|許せない|悪夢|気持ち悪い"
              + "|苦情|クレーム");

  private IntentRules() {}

  /** The intent a rule decides for normalized text, if one does. */
  static Optional<Intent> decide(String normalized) {
    if (GREETING_ONLY.matcher(normalized).matches()) {
      return Optional.of(Intent.GREETING);
    }
    if (THANKS_ONLY.matcher(normalized).matches()) {
      return Optional.of(Intent.GOODBYE);
    }
    if (HUMAN.matcher(normalized).find()) {
      return Optional.of(Intent.HUMAN);
    }
    if (ANGRY.matcher(normalized).find()) {
      return Optional.of(Intent.COMPLAINT);
    }
    if (CANCEL.matcher(normalized).find()
        && BOOKING.matcher(normalized).find()
        && !POLICY.matcher(normalized).find()) {
      return Optional.of(Intent.CANCEL_BOOKING);
    }
    if (LATE_CHECKOUT.matcher(normalized).find()) {
      return Optional.of(Intent.LATE_CHECKOUT);
    }
    if (EARLY_CHECKIN.matcher(normalized).find()) {
      return Optional.of(Intent.EARLY_CHECKIN);
    }
    return Optional.empty();
  }
}
