package org.omotenashi.concierge.it.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.it.channels.ChannelsSystem.TWILIO_AUTH_TOKEN;
import static org.omotenashi.concierge.it.channels.ChannelsSystem.TWILIO_FROM;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omotenashi.concierge.it.TestSystem;
import org.omotenashi.concierge.it.channels.ChannelsSystem.Channels;
import org.omotenashi.concierge.messaging.twilio.FakeTwilioApi;
import org.omotenashi.concierge.messaging.twilio.TwilioWebhooks;

/** SMS through Twilio: signed form webhooks, an empty TwiML answer, replies through the REST API. */
@ExtendWith(ChannelsSystem.class)
class TwilioIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void anSmsIsAnsweredWithEmptyTwimlAndRepliedToThroughTheMessagesApi(Channels channels) throws Exception {
    String phone = "+" + WhatsAppIT.newPhone("55");
    String sid = TwilioWebhooks.newMessageSid();

    HttpResponse<String> received = post(channels.system(), "/webhooks/twilio/messages",
        TwilioWebhooks.smsForm(phone, TWILIO_FROM, "Olá, vocês têm quarto para amanhã?", sid), true);

    assertThat(received.statusCode()).isEqualTo(200);
    assertThat(received.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("xml"));
    assertThat(received.body()).contains("<Response/>");
    FakeTwilioApi.Request sent = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
        () -> channels.twilio().sent().stream().filter(r -> phone.equals(r.param("To"))).findFirst(),
        found -> found.isPresent()).orElseThrow();
    assertThat(sent.param("From")).isEqualTo(TWILIO_FROM);
    // Tomorrow is the arrival; the concierge asks next for the number of guests, in Portuguese.
    assertThat(sent.param("Body")).startsWith("Obrigado. Para quantas pessoas");
    JsonNode conversation = WhatsAppIT.conversationOf(channels.system(), phone);
    assertThat(conversation.path("channel").asText()).isEqualTo("SMS");
    assertThat(conversation.path("language").asText()).isEqualTo("pt");
    // The acknowledgement's "á" is not in the GSM-7 alphabet: Unicode, 67 characters a segment when
    // split, so its 105 characters make 2 segments.
    assertThat(WhatsAppIT.lastReply(channels.system(), phone).path("smsSegments").asInt()).isEqualTo(2);

    String replySid = WhatsAppIT.awaitReplyStatus(channels.system(), phone, "SENT").path("providerMessageId").asText();
    assertThat(post(channels.system(), "/webhooks/twilio/status",
        TwilioWebhooks.statusForm(replySid, "delivered", phone, null), true).statusCode()).isEqualTo(200);
    WhatsAppIT.awaitReplyStatus(channels.system(), phone, "DELIVERED");
  }

  @Test
  void aForgedSignatureIsRefusedAndNothingIsStored(Channels channels) throws Exception {
    String phone = "+" + WhatsAppIT.newPhone("34");
    Map<String, String> form = TwilioWebhooks.smsForm(phone, TWILIO_FROM, "Hola", TwilioWebhooks.newMessageSid());

    HttpResponse<String> unsigned = post(channels.system(), "/webhooks/twilio/messages", form, false);

    assertThat(unsigned.statusCode()).isEqualTo(403);
    assertThat(WhatsAppIT.staff(channels.system()).get("/api/v1/conversations").json()
        .findValuesAsText("address")).doesNotContain(phone);
  }

  @Test
  void aReplyTheProviderKeepsRefusingIsRetriedThenFailedAndStaffCanSendItAgain(Channels channels)
      throws Exception {
    String phone = "+" + WhatsAppIT.newPhone("34");
    channels.twilio().failWith(500);
    try {
      post(channels.system(), "/webhooks/twilio/messages",
          TwilioWebhooks.smsForm(phone, TWILIO_FROM, "Hola", TwilioWebhooks.newMessageSid()), true);
      JsonNode failed = WhatsAppIT.awaitReplyStatus(channels.system(), phone, "FAILED");
      assertThat(failed.path("failureReason").asText()).isNotBlank();
      // CONCIERGE_OUTBOX_MAX_ATTEMPTS is 3 for these tests.
      assertThat(channels.twilio().sent().stream().filter(r -> phone.equals(r.param("To")))).hasSize(3);
    } finally {
      channels.twilio().behave();
    }

    JsonNode conversation = WhatsAppIT.conversationOf(channels.system(), phone);
    long replyId = WhatsAppIT.lastReply(channels.system(), phone).path("id").asLong();
    assertThat(WhatsAppIT.staff(channels.system()).post("/api/v1/conversations/" + conversation.path("id").asText()
        + "/messages/" + replyId + "/resend", Map.of()).status()).isEqualTo(200);
    WhatsAppIT.awaitReplyStatus(channels.system(), phone, "SENT");
  }

  static HttpResponse<String> post(TestSystem system, String path, Map<String, String> form, boolean signed)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(system.baseUri().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded");
    if (signed) {
      request.header("X-Twilio-Signature",
          TwilioWebhooks.sign(system.baseUri().resolve(path).toString(), form, TWILIO_AUTH_TOKEN));
    }
    return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(TwilioWebhooks.formBody(form))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
