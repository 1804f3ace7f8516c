package org.omotenashi.concierge.it.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.it.channels.ChannelsSystem.WHATSAPP_APP_SECRET;
import static org.omotenashi.concierge.it.channels.ChannelsSystem.WHATSAPP_VERIFY_TOKEN;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omotenashi.concierge.it.ApiClient;
import org.omotenashi.concierge.it.TestSystem;
import org.omotenashi.concierge.it.channels.ChannelsSystem.Channels;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppWebhooks;

/** WhatsApp Cloud API: Meta's verification, signed webhooks, replies through the Graph API. */
@ExtendWith(ChannelsSystem.class)
class WhatsAppIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @Test
  void metaVerifiesTheWebhookWithTheConfiguredTokenOnly(Channels channels) throws Exception {
    URI ok = channels.system().baseUri().resolve("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
        + WHATSAPP_VERIFY_TOKEN + "&hub.challenge=1158201444");
    URI wrong = channels.system().baseUri().resolve(
        "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");

    HttpResponse<String> verified = HTTP.send(HttpRequest.newBuilder(ok).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(wrong).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).isEqualTo("1158201444");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aSignedMessageIsStoredAnsweredThroughTheGraphApiAndItsStatusesFollowed(Channels channels) throws Exception {
    String phone = newPhone("81");
    String wamid = newWamid();

    HttpResponse<String> received = post(channels.system(),
        WhatsAppWebhooks.textMessage(phone, "Yuki Tanaka", wamid, "こんにちは、部屋は空いていますか？", now()), true);

    assertThat(received.statusCode()).isEqualTo(200);
    JsonObject sent = awaitSentTo(channels, phone);
    assertThat(sent.getString("messaging_product")).isEqualTo("whatsapp");
    assertThat(sent.getJsonObject("text").getString("body")).as("answered in Japanese")
        .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
    JsonNode conversation = conversationOf(channels.system(), "+" + phone);
    assertThat(conversation.path("channel").asText()).isEqualTo("WHATSAPP");
    assertThat(conversation.path("language").asText()).isEqualTo("ja");
    assertThat(conversation.path("guest").path("name").asText()).isEqualTo("Yuki Tanaka");

    JsonNode reply = awaitReplyStatus(channels.system(), "+" + phone, "SENT");
    String wamidOfReply = reply.path("providerMessageId").asText();
    assertThat(wamidOfReply).startsWith("wamid.");

    post(channels.system(), WhatsAppWebhooks.status(wamidOfReply, "delivered", phone, now()), true);
    post(channels.system(), WhatsAppWebhooks.status(wamidOfReply, "read", phone, now()), true);
    // A late "delivered" after "read" is not news.
    post(channels.system(), WhatsAppWebhooks.status(wamidOfReply, "delivered", phone, now()), true);
    awaitReplyStatus(channels.system(), "+" + phone, "READ");
  }

  @Test
  void aRedeliveredWebhookIsAcknowledgedAndHandledOnce(Channels channels) throws Exception {
    String phone = newPhone("34");
    String body = WhatsAppWebhooks.textMessage(phone, "Ana", newWamid(), "Hola", now());

    assertThat(post(channels.system(), body, true).statusCode()).isEqualTo(200);
    assertThat(post(channels.system(), body, true).statusCode()).isEqualTo(200);
    awaitSentTo(channels, phone);

    JsonNode messages = conversationOf(channels.system(), "+" + phone).path("messages");
    assertThat(messages.findValuesAsText("direction")).containsExactly("IN", "OUT");
    Thread.sleep(1_000);
    assertThat(channels.whatsApp().sent().stream().filter(s -> s.getString("to").equals(phone))).hasSize(1);
  }

  @Test
  void aMissingOrWrongSignatureIs401AndNothingIsStored(Channels channels) throws Exception {
    String phone = newPhone("49");
    String body = WhatsAppWebhooks.textMessage(phone, "Jonas", newWamid(), "Hallo", now());

    HttpResponse<String> unsigned = post(channels.system(), body, false);
    HttpResponse<String> forged = HTTP.send(request(channels.system())
        .header("X-Hub-Signature-256", WhatsAppWebhooks.sign(body, "not-the-app-secret"))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(staff(channels.system()).get("/api/v1/conversations").json().findValuesAsText("address"))
        .doesNotContain("+" + phone);
  }

  @Test
  void anImageGetsAPoliteTextOnlyReplyAndADeliveryFailureIsShownToStaff(Channels channels) throws Exception {
    String phone = newPhone("33");
    post(channels.system(), WhatsAppWebhooks.locationMessage(phone, "Claire", newWamid(),
        "Gare de Kyoto", "Kyoto", now()), true);
    JsonObject sent = awaitSentTo(channels, phone);
    assertThat(sent.getJsonObject("text").getString("body")).contains("que des messages écrits");

    String wamidOfReply = awaitReplyStatus(channels.system(), "+" + phone, "SENT")
        .path("providerMessageId").asText();
    post(channels.system(), WhatsAppWebhooks.failedStatus(wamidOfReply, phone, now(), 131047,
        "Re-engagement message"), true);

    Awaitility.await().atMost(PATIENCE).untilAsserted(() -> {
      JsonNode reply = lastReply(channels.system(), "+" + phone);
      assertThat(reply.path("deliveryStatus").asText()).isEqualTo("FAILED");
      assertThat(reply.path("failureReason").asText()).contains("Re-engagement");
    });
  }

  @Test
  void outsideTheTwentyFourHourWindowAStaffReplyGoesOutAsTheApprovedTemplate(Channels channels) throws Exception {
    String phone = newPhone("81");
    post(channels.system(), WhatsAppWebhooks.textMessage(phone, "Ken", newWamid(), "ありがとう", now()), true);
    awaitReplyStatus(channels.system(), "+" + phone, "SENT");
    // The service window is CONCIERGE_MESSAGES_SERVICE_WINDOW (8 seconds in these tests).
    Thread.sleep(9_000);

    String id = conversationOf(channels.system(), "+" + phone).path("id").asText();
    staff(channels.system()).post("/api/v1/conversations/" + id + "/replies", Map.of("text", "お待ちしております"));

    JsonNode reply = awaitReplyStatus(channels.system(), "+" + phone, "SENT");
    assertThat(reply.path("author").asText()).isEqualTo("STAFF");
    assertThat(reply.path("usedTemplate").asBoolean()).isTrue();
    assertThat(channels.whatsApp().sent().stream().filter(s -> s.getString("to").equals(phone)))
        .last().satisfies(sent -> {
          assertThat(sent.getString("type")).isEqualTo("template");
          assertThat(sent.getJsonObject("template").getString("name")).isEqualTo(ChannelsSystem.WHATSAPP_TEMPLATE);
        });
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedWith413(Channels channels) throws Exception {
    String huge = "{\"object\":\"whatsapp_business_account\",\"padding\":\"" + "x".repeat(1_100_000) + "\"}";

    // As a careful client sends a big body: it waits for "100 Continue", and gets the 413 instead.
    HttpResponse<String> refused = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request(channels.system()).expectContinue(true)
            .header("X-Hub-Signature-256", WhatsAppWebhooks.sign(huge, WHATSAPP_APP_SECRET))
            .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(413);
  }

  static JsonObject awaitSentTo(Channels channels, String phone) {
    return Awaitility.await().atMost(PATIENCE).until(() -> channels.whatsApp().sent().stream()
        .filter(body -> body.getString("to").equals(phone)).findFirst(), found -> found.isPresent()).orElseThrow();
  }

  static JsonNode conversationOf(TestSystem system, String address) {
    ApiClient staff = staff(system);
    for (JsonNode summary : staff.get("/api/v1/conversations").json()) {
      if (summary.path("guest").path("address").asText().equals(address)) {
        return staff.get("/api/v1/conversations/" + summary.path("id").asText()).json();
      }
    }
    throw new AssertionError("No conversation with " + address);
  }

  static JsonNode lastReply(TestSystem system, String address) {
    JsonNode last = null;
    for (JsonNode message : conversationOf(system, address).path("messages")) {
      if (message.path("direction").asText().equals("OUT")) {
        last = message;
      }
    }
    return last;
  }

  static JsonNode awaitReplyStatus(TestSystem system, String address, String status) {
    return Awaitility.await().atMost(PATIENCE).until(
        () -> lastReply(system, address), reply -> reply != null && reply.path("deliveryStatus").asText().equals(status));
  }

  static ApiClient staff(TestSystem system) {
    return system.api().signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
  }

  static HttpResponse<String> post(TestSystem system, String body, boolean signed) throws Exception {
    HttpRequest.Builder request = request(system);
    if (signed) {
      request.header("X-Hub-Signature-256", WhatsAppWebhooks.sign(body, WHATSAPP_APP_SECRET));
    }
    return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(TestSystem system) {
    return HttpRequest.newBuilder(system.baseUri().resolve("/webhooks/whatsapp"))
        .header("Content-Type", "application/json");
  }

  /** A phone number of the country, in WhatsApp's form (digits, no plus), unique to the test. */
  static String newPhone(String countryCode) {
    List<String> mobiles = List.of("81", "90", "80");
    String prefix = switch (countryCode) {
      case "81" -> "81" + mobiles.get(ThreadLocalRandom.current().nextInt(3));
      case "34" -> "346";
      case "33" -> "336";
      case "49" -> "49151";
      case "55" -> "551199";
      default -> countryCode;
    };
    StringBuilder number = new StringBuilder(prefix);
    while (number.length() < (countryCode.equals("49") ? 13 : countryCode.equals("55") ? 13 : 12)) {
      number.append(ThreadLocalRandom.current().nextInt(10));
    }
    return number.toString();
  }

  static String newWamid() {
    return "wamid.IT" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(System.nanoTime());
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }
}
