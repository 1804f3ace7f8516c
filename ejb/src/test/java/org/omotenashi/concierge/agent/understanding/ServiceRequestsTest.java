package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.task.TaskPriority.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.omotenashi.concierge.task.TaskPriority;

class ServiceRequestsTest {

  static Stream<Arguments> requests() {
    return Stream.of(
        // English
        Arguments.of("en", "Two more towels in 305 please", "HOUSEKEEPING", NORMAL),
        Arguments.of(
            "de",
            "Guten Abend, in Zimmer 404 geht das Licht im Badezimmer nicht mehr.",
            "MAINTENANCE",
            NORMAL),
        Arguments.of(
            "ja", "明日の夜7時に、ホテルのレストランで2人分の夕食を予約したいです", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("en", "could we get an extra blanket and two pilows", "HOUSEKEEPING", NORMAL),
        Arguments.of("en", "The air conditioner is broken", "MAINTENANCE", HIGH),
        Arguments.of("en", "the tv doesnt work", "MAINTENANCE", HIGH),
        Arguments.of("en", "My key card is not working, I'm stuck in the corridor", "MAINTENANCE",
            HIGH),
        Arguments.of("en", "There's water everywhere in the bathroom!", "MAINTENANCE", URGENT),
        Arguments.of("en", "I'm locked out of my room", "MAINTENANCE", URGENT),
        Arguments.of("en", "I smell smoke in the corridor", "MAINTENANCE", URGENT),
        Arguments.of("en", "Wake me up at 7 please", "FRONT_DESK", NORMAL),
        Arguments.of("en", "Can you keep my luggage after check-out?", "FRONT_DESK", NORMAL),
        Arguments.of("en", "I need an invoice for my company, no rush", "FRONT_DESK", LOW),
        Arguments.of("en", "I'd like to order room service", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("en", "My daughter is allergic to peanuts, please tell the kitchen",
            "FOOD_BEVERAGE", NORMAL),
        Arguments.of("en", "please call a taxi asap", "CONCIERGE", HIGH),
        Arguments.of("en", "Can you arrange an airport transfer to Kansai?", "CONCIERGE", NORMAL),
        Arguments.of("en", "Can I book a massage at 5pm?", "SPA", NORMAL),
        Arguments.of("en", "The bathroom lamp flickers, whenever convenient", "MAINTENANCE", LOW),
        Arguments.of("en", "The toilet is dirty, can someone clean it?", "HOUSEKEEPING", NORMAL),
        // Japanese
        Arguments.of("ja", "タオルをもう2枚持ってきてください", "HOUSEKEEPING", NORMAL),
        Arguments.of("ja", "エアコンが壊れています", "MAINTENANCE", HIGH),
        Arguments.of("ja", "テレビがつきません", "MAINTENANCE", HIGH),
        Arguments.of("ja", "浴室が水浸しです！", "MAINTENANCE", URGENT),
        Arguments.of("ja", "部屋から締め出されました", "MAINTENANCE", URGENT),
        Arguments.of("ja", "明日6時にモーニングコールをお願いします", "FRONT_DESK", NORMAL),
        Arguments.of("ja", "ルームサービスを頼みたいです", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("ja", "至急タクシーを呼んでください", "CONCIERGE", HIGH),
        Arguments.of("ja", "夜8時にマッサージを予約したいです", "SPA", NORMAL),
        Arguments.of("ja", "急ぎませんが、枕をもう一つください", "HOUSEKEEPING", LOW),
        // Spanish
        Arguments.of("es", "Dos toallas más para la 305 por favor", "HOUSEKEEPING", NORMAL),
        Arguments.of("es", "el aire acondicionado no funciona", "MAINTENANCE", HIGH),
        Arguments.of("es", "Hay agua por todas partes en el baño!!", "MAINTENANCE", URGENT),
        Arguments.of("es", "despiertenme a las 7 porfavor", "FRONT_DESK", NORMAL),
        Arguments.of("es", "Quiero pedir servicio de habitaciones", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("es", "Necesito un taxi urgente", "CONCIERGE", HIGH),
        Arguments.of("es", "¿Me reservan un masaje a las 6?", "SPA", NORMAL),
        Arguments.of("es", "Cuando puedan, traigan más papel higiénico", "HOUSEKEEPING", LOW),
        // French
        Arguments.of("fr", "Deux serviettes de plus à la 305 svp", "HOUSEKEEPING", NORMAL),
        Arguments.of("fr", "La clim est en panne", "MAINTENANCE", HIGH),
        Arguments.of("fr", "Il y a une fuite d'eau dans la salle de bain", "MAINTENANCE", URGENT),
        Arguments.of("fr", "Réveillez-moi à 7h svp", "FRONT_DESK", NORMAL),
        Arguments.of("fr", "Je voudrais commander le room service", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("fr", "Appelez-moi un taxi, c'est urgent", "CONCIERGE", HIGH),
        Arguments.of("fr", "Je voudrais réserver un massage à 18h", "SPA", NORMAL),
        Arguments.of("fr", "Pas pressé, mais il manque du shampoing", "HOUSEKEEPING", LOW),
        // Portuguese
        Arguments.of("pt", "Mais duas toalhas no 305 por favor", "HOUSEKEEPING", NORMAL),
        Arguments.of("pt", "O chuveiro não tem água quente", "MAINTENANCE", HIGH),
        Arguments.of("pt", "Fiquei trancado do lado de fora do quarto", "MAINTENANCE", URGENT),
        Arguments.of("pt", "Podem guardar as nossas malas até as 17h?", "FRONT_DESK", NORMAL),
        Arguments.of("pt", "Quero pedir serviço de quarto", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("pt", "Chamem um táxi o quanto antes", "CONCIERGE", HIGH),
        Arguments.of("pt", "Posso marcar uma massagem amanhã?", "SPA", NORMAL),
        Arguments.of("pt", "Sem pressa, mas precisamos de um travesseiro", "HOUSEKEEPING", LOW),
        // German
        Arguments.of("de", "Zwei Handtücher mehr für 305 bitte", "HOUSEKEEPING", NORMAL),
        Arguments.of("de", "Die Heizung ist kaputt", "MAINTENANCE", HIGH),
        Arguments.of("de", "Der Fernseher funktoniert nicht", "MAINTENANCE", HIGH),
        Arguments.of("de", "Stromausfall in Zimmer 402!", "MAINTENANCE", URGENT),
        Arguments.of("de", "Bitte wecken Sie mich um 6 Uhr", "FRONT_DESK", NORMAL),
        Arguments.of("de", "Ich möchte Zimmerservice bestellen", "FOOD_BEVERAGE", NORMAL),
        Arguments.of("de", "Wir brauchen dringend ein Taxi", "CONCIERGE", HIGH),
        Arguments.of("de", "Kann ich eine Massage um 17 Uhr buchen?", "SPA", NORMAL),
        Arguments.of("de", "Keine Eile, aber wir bräuchten noch eine Decke", "HOUSEKEEPING", LOW));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("requests")
  void findsTheDepartmentAndPriority(
      String language, String text, String department, TaskPriority priority) {
    assertThat(ServiceRequests.find(text, language))
        .contains(new ServiceRequest(department, priority));
  }

  static Stream<Arguments> notRequests() {
    return Stream.of(
        Arguments.of("en", "Is there room service?"),
        Arguments.of("en", "What time does the spa open?"),
        Arguments.of("en", "I want to book a room for 2 nights"),
        Arguments.of("en", "What's the wifi password?"),
        Arguments.of("en", "hello!"),
        Arguments.of("ja", "ルームサービスはありますか？"),
        Arguments.of("ja", "部屋を予約したいです"),
        Arguments.of("es", "¿Hay servicio de habitaciones?"),
        Arguments.of("es", "Quiero reservar una habitación"),
        Arguments.of("fr", "Y a-t-il un service en chambre ?"),
        Arguments.of("fr", "Je voudrais réserver une chambre pour 2 nuits"),
        Arguments.of("pt", "Tem serviço de quarto?"),
        Arguments.of("pt", "Quero cancelar a minha reserva"),
        Arguments.of("de", "Gibt es Zimmerservice?"),
        Arguments.of("de", "Ich möchte ein Zimmer buchen"),
        // "Guten" is one typo from "gluten".
        Arguments.of("de", "Guten Abend"));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("notRequests")
  void findsNoRequestInQuestionsAndBookings(String language, String text) {
    assertThat(ServiceRequests.find(text, language)).isEmpty();
  }
}
