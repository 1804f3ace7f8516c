package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.agent.understanding.HotelTopic.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HotelTopicsTest {

  static Stream<Arguments> questions() {
    return Stream.of(
        // English
        Arguments.of("en", "What's the wifi password?", List.of(WIFI)),
        Arguments.of("en", "what time is brekfast served", List.of(BREAKFAST)),
        Arguments.of("en", "Is there parking, and can I bring my dog?", List.of(PARKING, PETS)),
        Arguments.of("en", "What time is check-in?", List.of(CHECK_IN_TIME)),
        Arguments.of("en", "when is checkout", List.of(CHECK_OUT_TIME)),
        Arguments.of("en", "How much is a late check-out?", List.of(LATE_CHECK_OUT)),
        Arguments.of("en", "is early check in possible", List.of(EARLY_CHECK_IN)),
        Arguments.of("en", "how do I get there from Kansai airport", List.of(TRANSPORT)),
        Arguments.of("en", "Do you have an onsen? Are tattoos ok?", List.of(ONSEN)),
        Arguments.of("en", "Any temples or shrines nearby?", List.of(NEARBY)),
        Arguments.of("en", "Do you take JCB or only cash?", List.of(PAYMENT)),
        Arguments.of("en", "Is the hotel wheelchair accesible?", List.of(ACCESSIBILITY)),
        Arguments.of("en", "what's your adress", List.of(ADDRESS)),
        Arguments.of("en", "Can I cancel for free?", List.of(CANCELLATION_POLICY)),
        Arguments.of("en", "What kind of rooms do you have?", List.of(ROOMS)),
        Arguments.of("en", "What is your phone number and email?", List.of(CONTACT)),
        Arguments.of("en", "Is there room service?", List.of(ROOM_SERVICE)),
        Arguments.of("en", "Where can I store my luggage? Do you rent bicycles?",
            List.of(LUGGAGE, BICYCLES)),
        Arguments.of("en", "Is there a laundry and a spa for massages?", List.of(LAUNDRY, SPA)),
        Arguments.of("en", "Are kids welcome? Can we smoke on the balcony?",
            List.of(CHILDREN, SMOKING)),
        Arguments.of("en", "What time does the restaurant open for dinner?", List.of(RESTAURANT)),
        // Japanese
        Arguments.of("ja", "Wi-Fiのパスワードを教えてください", List.of(WIFI)),
        Arguments.of("ja", "朝ごはんは何時からですか？", List.of(BREAKFAST)),
        Arguments.of("ja", "駐車場はありますか？犬も大丈夫ですか？", List.of(PARKING, PETS)),
        Arguments.of("ja", "チェックアウトは何時ですか", List.of(CHECK_OUT_TIME)),
        Arguments.of("ja", "レイトチェックアウトはできますか", List.of(LATE_CHECK_OUT)),
        Arguments.of("ja", "温泉は何時まで入れますか", List.of(ONSEN)),
        Arguments.of("ja", "京都駅からの行き方は？", List.of(TRANSPORT, ADDRESS)),
        Arguments.of("ja", "近くに観光できる神社はありますか", List.of(NEARBY)),
        Arguments.of("ja", "支払いはJCBでもいいですか", List.of(PAYMENT)),
        Arguments.of("ja", "車椅子で泊まれますか", List.of(ACCESSIBILITY)),
        Arguments.of("ja", "住所を教えてください", List.of(ADDRESS)),
        Arguments.of("ja", "夕食はレストランで食べられますか", List.of(RESTAURANT)),
        // Spanish
        Arguments.of("es", "¿Cuál es la contraseña del wifi?", List.of(WIFI)),
        Arguments.of("es", "a que hora es el desayuno", List.of(BREAKFAST)),
        Arguments.of("es", "¿Tienen aparcamiento? ¿Puedo llevar a mi perro?",
            List.of(PARKING, PETS)),
        Arguments.of("es", "hay estacionamiento para el coche?", List.of(PARKING)),
        Arguments.of("es", "¿Hay aguas termales?", List.of(ONSEN)),
        Arguments.of("es", "¿Cuál es la dirección del hotel?", List.of(ADDRESS)),
        Arguments.of("es", "¿Cómo llego desde el aeropuerto de Kansai?", List.of(TRANSPORT)),
        Arguments.of("es", "¿Qué hay cerca para visitar?", List.of(NEARBY)),
        Arguments.of("es", "¿Aceptan tarjeta?", List.of(PAYMENT)),
        Arguments.of("es", "¿Es accesible en silla de ruedas?", List.of(ACCESSIBILITY)),
        Arguments.of("es", "a que hora abre el restaurante para la cena", List.of(RESTAURANT)),
        Arguments.of("es", "¿Cuál es la política de cancelación?", List.of(CANCELLATION_POLICY)),
        // French
        Arguments.of("fr", "Quel est le mot de passe du wifi ?", List.of(WIFI)),
        Arguments.of("fr", "Le petit-déjeuner est à quelle heure ?", List.of(BREAKFAST)),
        Arguments.of("fr", "c'est a quelle heure le petit dej", List.of(BREAKFAST)),
        Arguments.of("fr", "Le resto de l'hôtel sert jusqu'à quelle heure ?", List.of(RESTAURANT)),
        Arguments.of("fr", "Avez-vous un parking ? Et les chiens ?", List.of(PARKING, PETS)),
        Arguments.of("fr", "Y a-t-il une source chaude ?", List.of(ONSEN)),
        Arguments.of("fr", "Quelle est votre adresse ?", List.of(ADDRESS)),
        Arguments.of("fr", "Comment venir depuis la gare ?", List.of(TRANSPORT)),
        Arguments.of("fr", "Qu'y a-t-il à voir à proximité ?", List.of(NEARBY)),
        Arguments.of("fr", "Acceptez-vous la carte bancaire ?", List.of(PAYMENT)),
        Arguments.of("fr", "accessible en fauteuil roulant ?", List.of(ACCESSIBILITY)),
        Arguments.of("fr", "Le restaurant est ouvert pour le dîner ?", List.of(RESTAURANT)),
        Arguments.of("fr", "je viens en voiture car c'est plus simple", List.of(PARKING)),
        // Portuguese
        Arguments.of("pt", "Qual é a senha do wifi?", List.of(WIFI)),
        Arguments.of("pt", "A que horas é o café da manhã?", List.of(BREAKFAST)),
        Arguments.of("pt", "O pequeno-almoço está incluído?", List.of(BREAKFAST)),
        Arguments.of("pt", "Tem estacionamento? Posso levar meu cachorro?",
            List.of(PARKING, PETS)),
        Arguments.of("pt", "Qual é o endereço?", List.of(ADDRESS)),
        Arguments.of("pt", "Como chego do aeroporto?", List.of(TRANSPORT)),
        Arguments.of("pt", "O que tem perto do hotel?", List.of(NEARBY)),
        Arguments.of("pt", "Aceitam cartão de crédito?", List.of(PAYMENT)),
        Arguments.of("pt", "Tem acesso para cadeira de rodas?", List.of(ACCESSIBILITY)),
        Arguments.of("pt", "A que horas é o jantar no restaurante?", List.of(RESTAURANT)),
        // German
        Arguments.of("de", "Wie ist das WLAN-Passwort?", List.of(WIFI)),
        Arguments.of("de", "Wann gibt es Frühstück?", List.of(BREAKFAST)),
        Arguments.of("de", "wann gibts fruhstuck", List.of(BREAKFAST)),
        Arguments.of("de", "Gibt es einen Parkplatz? Darf mein Hund mit?", List.of(PARKING, PETS)),
        Arguments.of("de", "Gibt es eine heiße Quelle?", List.of(ONSEN)),
        Arguments.of("de", "Wie ist die Adresse?", List.of(ADDRESS)),
        Arguments.of("de", "Wie komme ich vom Flughafen zum Hotel?", List.of(TRANSPORT)),
        Arguments.of("de", "Was gibt es in der Nähe zu sehen?", List.of(NEARBY)),
        Arguments.of("de", "Kann ich mit Kreditkarte bezahlen?", List.of(PAYMENT)),
        Arguments.of("de", "Ist das Hotel rollstuhlgerecht?", List.of(ACCESSIBILITY)),
        Arguments.of("de", "Wann ist der Check-out?", List.of(CHECK_OUT_TIME)),
        Arguments.of("de", "Kann ich später auschecken?", List.of(LATE_CHECK_OUT)),
        Arguments.of("de", "Wann gibt es Abendessen im Restaurant?", List.of(RESTAURANT)));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("questions")
  void findsTheTopicsInOrderOfMention(String language, String text, List<HotelTopic> topics) {
    assertThat(HotelTopics.find(text, language)).isEqualTo(topics);
  }

  static Stream<Arguments> noTopic() {
    return Stream.of(
        Arguments.of("en", "hello there"),
        Arguments.of("en", "I want to book for two nights"),
        Arguments.of("fr", "bonjour, merci beaucoup"),
        Arguments.of("es", "hola, gracias"),
        Arguments.of("de", "Guten Tag"),
        Arguments.of("pt", "olá, obrigado"),
        Arguments.of("ja", "こんにちは"),
        Arguments.of("en", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("noTopic")
  void findsNothingWhenNoTopicIsNamed(String language, String text) {
    assertThat(HotelTopics.find(text, language)).isEmpty();
  }
}
