package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guest web chat and the staff side of a conversation: a guest's message is answered in the same
 * request, in the guest's language; staff see the conversation, take it over, reply, and hand it
 * back; while staff hold it, nothing automatic answers.
 */
@ExtendWith(RunningSystem.class)
class WebChatIT {

  @Test
  void aNewGuestIsAnsweredInTheirLanguageAndGoesToStaffWhenTheyAskForAPerson(TestSystem system) {
    ApiClient guest = system.api();
    String guestId = newGuestId();

    ApiClient.Reply first = guest.post("/api/v1/webchat/messages",
        message(null, guestId, "Hola, ¿tienen habitación para dos noches?", "es-ES"));

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    String conversationId = first.json().path("conversationId").asText();
    assertThat(conversationId).matches("c-[a-z0-9]{16}");
    assertThat(first.json().path("replies").findValuesAsText("language")).containsExactly("es");
    assertThat(first.json().path("replies").get(0).path("text").asText()).startsWith("Con mucho gusto");

    ApiClient.Reply second = guest.post("/api/v1/webchat/messages",
        message(conversationId, guestId, "Prefiero hablar con una persona, por favor", "es-ES"));
    assertThat(second.json().path("conversationId").asText()).isEqualTo(conversationId);
    assertThat(second.json().path("replies").get(0).path("text").asText()).startsWith("Por supuesto");
    ApiClient.Reply third = guest.post("/api/v1/webchat/messages",
        message(conversationId, guestId, "¿Hola?", "es-ES"));
    assertThat(third.json().path("replies").findValuesAsText("text"))
        .as("the first message while waiting is told that a person will reply")
        .singleElement().asString().startsWith("Gracias. Un miembro de nuestro equipo");
    ApiClient.Reply fourth = guest.post("/api/v1/webchat/messages",
        message(conversationId, guestId, "¿Hay alguien?", "es-ES"));
    assertThat(fourth.json().path("replies")).as("and then the agent is silent until staff reply").isEmpty();

    JsonNode forStaff = staff(system).get("/api/v1/conversations/" + conversationId).json();
    assertThat(forStaff.path("status").asText()).isEqualTo("WAITING_FOR_STAFF");
    assertThat(forStaff.path("channel").asText()).isEqualTo("WEBCHAT");
    assertThat(forStaff.path("messages").findValuesAsText("author"))
        .containsExactly("GUEST", "AGENT", "GUEST", "AGENT", "GUEST", "AGENT", "GUEST");
    assertThat(forStaff.path("turns").findValuesAsText("intent"))
        .startsWith("AVAILABILITY", "HUMAN").hasSize(4);
    assertThat(forStaff.path("turns").get(0).path("slots").path("nights").asText()).isEqualTo("2");
    assertThat(staff(system).get("/api/v1/conversations?status=WAITING_FOR_STAFF").json()
        .findValuesAsText("id")).contains(conversationId);
  }

  @Test
  void theHistoryIsTheGuestsOnlyWithTheirOwnGuestId(TestSystem system) {
    String guestId = newGuestId();
    String conversationId = system.api().post("/api/v1/webchat/messages",
        message(null, guestId, "Is breakfast included?", "en-GB")).json().path("conversationId").asText();

    ApiClient.Reply history =
        system.api().get("/api/v1/webchat/conversations/" + conversationId + "?guestId=" + guestId);
    ApiClient.Reply someoneElse =
        system.api().get("/api/v1/webchat/conversations/" + conversationId + "?guestId=" + newGuestId());

    assertThat(history.json().findValuesAsText("text")).first().isEqualTo("Is breakfast included?");
    assertThat(history.json().findValuesAsText("direction")).containsExactly("IN", "OUT");
    assertThat(someoneElse.status()).isEqualTo(404);
  }

  @Test
  void whileStaffHoldTheConversationOnlyStaffAnswerAndAfterHandbackTheConciergeDoesAgain(TestSystem system) {
    ApiClient staff = staff(system);
    String guestId = newGuestId();
    String conversationId = system.api().post("/api/v1/webchat/messages",
        message(null, guestId, "Bonjour", "fr-FR")).json().path("conversationId").asText();

    assertThat(staff.post("/api/v1/conversations/" + conversationId + "/takeover", Map.of())
        .json().path("status").asText()).isEqualTo("STAFF");
    ApiClient.Reply heldReply = system.api().post("/api/v1/webchat/messages",
        message(conversationId, guestId, "Vous êtes là ?", "fr-FR"));
    ApiClient.Reply staffReply = staff.post("/api/v1/conversations/" + conversationId + "/replies",
        Map.of("text", "Bonjour ! Je suis Aiko, de la réception."));

    assertThat(heldReply.json().path("replies")).isEmpty();
    assertThat(staffReply.status()).isEqualTo(201);
    assertThat(system.api().get("/api/v1/webchat/conversations/" + conversationId + "?guestId=" + guestId)
        .json().findValuesAsText("text")).endsWith("Bonjour ! Je suis Aiko, de la réception.");
    JsonNode detail = staff.get("/api/v1/conversations/" + conversationId).json();
    assertThat(detail.path("staffMember").asText()).isEqualTo("admin");
    assertThat(detail.path("messages").findValuesAsText("author")).endsWith("STAFF");

    assertThat(staff.post("/api/v1/conversations/" + conversationId + "/handback", Map.of())
        .json().path("status").asText()).isEqualTo("BOT");
    assertThat(system.api().post("/api/v1/webchat/messages",
        message(conversationId, guestId, "Merci", "fr-FR")).json().path("replies")).hasSize(1);
  }

  @Test
  void aSenderOverTheRateLimitGetsOnePoliteReplyThenSilenceButEveryMessageIsKept(TestSystem system) {
    String guestId = newGuestId();
    String conversationId = null;
    JsonNode lastReplies = null;
    JsonNode overLimitReplies = null;
    for (int i = 1; i <= 22; i++) {
      JsonNode answer = system.api().post("/api/v1/webchat/messages",
          message(conversationId, guestId, "message " + i, "en")).json();
      conversationId = answer.path("conversationId").asText();
      if (i == 21) {
        overLimitReplies = answer.path("replies");
      }
      lastReplies = answer.path("replies");
    }

    assertThat(overLimitReplies.findValuesAsText("text")).singleElement().asString()
        .contains("very quickly");
    assertThat(lastReplies).isEmpty();
    JsonNode messages = staff(system).get("/api/v1/conversations/" + conversationId).json().path("messages");
    assertThat(messages.findValuesAsText("direction").stream().filter("IN"::equals)).hasSize(22);
  }

  @Test
  void anEmptyOrOversizedMessageIsRefusedNamingTheField(TestSystem system) throws Exception {
    ApiClient.Reply empty = system.api().post("/api/v1/webchat/messages", message(null, newGuestId(), " ", "en"));
    ApiClient.Reply huge = system.api().post("/api/v1/webchat/messages",
        message(null, newGuestId(), "x".repeat(2001), "en"));
    ApiClient.Reply noGuest = system.api().post("/api/v1/webchat/messages", message(null, "", "Hello", "en"));

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("errors").findValuesAsText("field")).contains("text");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(noGuest.json().path("errors").findValuesAsText("field")).contains("guestId");
    assertThat(system.api().get("/api/v1/conversations").status()).isEqualTo(401);
    String endless = "{\"guestId\": \"" + newGuestId() + "\", \"text\": \"" + "x".repeat(1_100_000) + "\"}";
    // As a careful client sends a big body: it waits for "100 Continue", and gets the 413 instead.
    HttpResponse<String> tooLarge =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
            HttpRequest.newBuilder(system.baseUri().resolve("/api/v1/webchat/messages"))
                .expectContinue(true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(endless)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
  }

  static ApiClient staff(TestSystem system) {
    return StaffAccountsIT.admin(system);
  }

  static String newGuestId() {
    return "browser-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static Map<String, Object> message(String conversationId, String guestId, String text, String language) {
    Map<String, Object> body = new HashMap<>();
    body.put("conversationId", conversationId);
    body.put("guestId", guestId);
    body.put("text", text);
    body.put("language", language);
    return body;
  }
}
