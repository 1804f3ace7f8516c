package org.omotenashi.concierge.messaging.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryStatus;
import org.omotenashi.concierge.messaging.DeliveryUpdate;
import org.omotenashi.concierge.messaging.InboundMessage;
import org.omotenashi.concierge.messaging.MessageKind;

class WhatsAppWebhookPayloadTest {
  /** The text message example of Meta's messages webhook reference, as published. */
  private static final String META_TEXT_EXAMPLE =
      """
      {
        "object": "whatsapp_business_account",
        "entry": [
          {
            "id": "102290129340398",
            "changes": [
              {
                "value": {
                  "messaging_product": "whatsapp",
                  "metadata": {
                    "display_phone_number": "15550783881",
                    "phone_number_id": "106540352242922"
                  },
                  "contacts": [
                    {
                      "profile": {
                        "name": "Sheena Nelson"
                      },
                      "wa_id": "16505551234"
                    }
                  ],
                  "messages": [
                    {
                      "from": "16505551234",
                      "id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                      "timestamp": "1749416383",
                      "type": "text",
                      "text": {
                        "body": "Does it come in another color?"
                      }
                    }
                  ]
                },
                "field": "messages"
              }
            ]
          }
        ]
      }
      """;

  @Test
  void turnsMetasTextExampleIntoAnInboundMessage() {
    WhatsAppWebhookPayload payload = parse(META_TEXT_EXAMPLE);

    assertThat(payload.deliveryUpdates()).isEmpty();
    assertThat(payload.messages())
        .containsExactly(
            new InboundMessage(
                "whatsapp-cloud",
                new ChannelAddress(Channel.WHATSAPP, "+16505551234"),
                "Sheena Nelson",
                "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
                MessageKind.TEXT,
                "Does it come in another color?",
                Instant.ofEpochSecond(1_749_416_383L)));
  }

  @Test
  void readsWhatTheTestBuilderWrites() {
    InboundMessage message =
        single(
            WhatsAppWebhooks.textMessage(
                "818012345678", "青木 愛子", "wamid.B2", "チェックインは何時?", 1_700_000_000L));

    assertThat(message.from().value()).isEqualTo("+818012345678");
    assertThat(message.senderName()).isEqualTo("青木 愛子");
    assertThat(message.text()).isEqualTo("チェックインは何時?");
    assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void matchesEachSenderToTheProfileNameOfTheirWaId() {
    String body =
        envelope(
            """
            "contacts": [
              {"profile": {"name": "Ben"}, "wa_id": "447700900123"},
              {"profile": {"name": "Aiko"}, "wa_id": "818012345678"}
            ],
            "messages": [
              {"from": "818012345678", "id": "wamid.1", "timestamp": "1700000000",
               "type": "text", "text": {"body": "hello"}},
              {"from": "33612345678", "id": "wamid.2", "timestamp": "1700000001",
               "type": "text", "text": {"body": "bonjour"}},
              {"from": "447700900123", "id": "wamid.3", "timestamp": "1700000002",
               "type": "text", "text": {"body": "hi"}}
            ]
            """);

    assertThat(parse(body).messages())
        .extracting(InboundMessage::providerMessageId, InboundMessage::senderName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wamid.1", "Aiko"),
            org.assertj.core.groups.Tuple.tuple("wamid.2", null),
            org.assertj.core.groups.Tuple.tuple("wamid.3", "Ben"));
  }

  @Test
  void keepsAnImagesCaptionAsItsText() {
    InboundMessage message =
        single(
            envelope(
                """
                "messages": [{"from": "818012345678", "id": "wamid.img", "timestamp": "1700000000",
                  "type": "image",
                  "image": {"caption": "The stain on the carpet", "mime_type": "image/jpeg",
                            "sha256": "abc", "id": "1234"}}]
                """));

    assertThat(message.kind()).isEqualTo(MessageKind.IMAGE);
    assertThat(message.text()).isEqualTo("The stain on the carpet");
  }

  @Test
  void describesALocationByItsNameAndAddress() {
    InboundMessage message =
        single(
            WhatsAppWebhooks.locationMessage(
                "818012345678",
                "Aiko",
                "wamid.loc",
                "Tokyo Station",
                "1 Chome Marunouchi",
                1_700_000_000L));

    assertThat(message.kind()).isEqualTo(MessageKind.LOCATION);
    assertThat(message.text()).isEqualTo("Tokyo Station, 1 Chome Marunouchi");
  }

  @Test
  void leavesALocationWithoutNameOrAddressWithoutText() {
    InboundMessage message =
        single(
            envelope(
                """
                "messages": [{"from": "818012345678", "id": "wamid.pin", "timestamp": "1700000000",
                  "type": "location", "location": {"latitude": 35.68, "longitude": 139.76}}]
                """));

    assertThat(message.kind()).isEqualTo(MessageKind.LOCATION);
    assertThat(message.text()).isNull();
  }

  @Test
  void recognisesALocationThatCarriesNoType() {
    InboundMessage message =
        single(
            envelope(
                """
                "messages": [{"from": "818012345678", "id": "wamid.old", "timestamp": "1700000000",
                  "location": {"latitude": 35.68, "longitude": 139.76, "name": "Hotel"}}]
                """));

    assertThat(message.kind()).isEqualTo(MessageKind.LOCATION);
    assertThat(message.text()).isEqualTo("Hotel");
  }

  @ParameterizedTest
  @CsvSource({
    "text, TEXT",
    "image, IMAGE",
    "audio, AUDIO",
    "video, VIDEO",
    "document, DOCUMENT",
    "location, LOCATION",
    "sticker, STICKER",
    "contacts, CONTACTS",
    "reaction, OTHER",
    "unsupported, OTHER",
    "button, OTHER",
    "interactive, OTHER",
    "order, OTHER",
  })
  void mapsEachTypeToAKind(String type, MessageKind kind) {
    InboundMessage message =
        single(
            envelope(
                """
                "messages": [{"from": "818012345678", "id": "wamid.k", "timestamp": "1700000000",
                  "type": "%s"}]
                """
                    .formatted(type)));

    assertThat(message.kind()).isEqualTo(kind);
  }

  @Test
  void keepsTheLabelOfATappedTemplateButton() {
    InboundMessage message =
        single(
            envelope(
                """
                "messages": [{"context": {"from": "15550783881", "id": "wamid.tpl"},
                  "from": "818012345678", "id": "wamid.btn", "timestamp": "1700000000",
                  "type": "button", "button": {"text": "Yes, please", "payload": "YES"}}]
                """));

    assertThat(message.kind()).isEqualTo(MessageKind.OTHER);
    assertThat(message.text()).isEqualTo("Yes, please");
  }

  @Test
  void turnsStatusesIntoDeliveryUpdates() {
    String body =
        envelope(
            """
            "statuses": [
              {"id": "wamid.s1", "status": "sent", "timestamp": "1700000010",
               "recipient_id": "818012345678",
               "conversation": {"id": "c1", "origin": {"type": "service"}},
               "pricing": {"billable": true, "pricing_model": "PMP", "category": "service"}},
              {"id": "wamid.s1", "status": "delivered", "timestamp": "1700000011",
               "recipient_id": "818012345678"},
              {"id": "wamid.s1", "status": "read", "timestamp": "1700000012",
               "recipient_id": "818012345678"}
            ]
            """);

    WhatsAppWebhookPayload payload = parse(body);

    assertThat(payload.messages()).isEmpty();
    assertThat(payload.deliveryUpdates())
        .containsExactly(
            new DeliveryUpdate(
                "whatsapp-cloud",
                "wamid.s1",
                DeliveryStatus.SENT,
                null,
                Instant.ofEpochSecond(1_700_000_010L)),
            new DeliveryUpdate(
                "whatsapp-cloud",
                "wamid.s1",
                DeliveryStatus.DELIVERED,
                null,
                Instant.ofEpochSecond(1_700_000_011L)),
            new DeliveryUpdate(
                "whatsapp-cloud",
                "wamid.s1",
                DeliveryStatus.READ,
                null,
                Instant.ofEpochSecond(1_700_000_012L)));
  }

  @Test
  void givesAFailedStatusTheErrorsTitleAndCode() {
    DeliveryUpdate update =
        parse(
                WhatsAppWebhooks.failedStatus(
                    "wamid.f", "818012345678", 1_700_000_020L, 131026, "Message undeliverable"))
            .deliveryUpdates()
            .get(0);

    assertThat(update.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(update.providerMessageId()).isEqualTo("wamid.f");
    assertThat(update.error()).isEqualTo("Message undeliverable (131026)");
    assertThat(update.at()).isEqualTo(Instant.ofEpochSecond(1_700_000_020L));
  }

  @Test
  void namesAFailureByItsCodeWhenItHasNoTitle() {
    DeliveryUpdate update =
        parse(
                envelope(
                    """
                    "statuses": [{"id": "wamid.f2", "status": "failed", "timestamp": "1700000020",
                      "recipient_id": "818012345678", "errors": [{"code": 131047}]}]
                    """))
            .deliveryUpdates()
            .get(0);

    assertThat(update.error()).isEqualTo("WhatsApp error 131047");
  }

  @Test
  void skipsStatusesItDoesNotTrack() {
    String body =
        envelope(
            """
"statuses": [
  {"id": "wamid.d", "status": "deleted", "timestamp": "1700000000", "recipient_id": "1"},
  {"id": "wamid.p", "status": "played", "timestamp": "1700000000", "recipient_id": "1"}
]
""");

    assertThat(parse(body).deliveryUpdates()).isEmpty();
  }

  @Test
  void ignoresChangesOfOtherFields() {
    String body =
        """
        {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
          {"field": "message_template_status_update",
           "value": {"event": "APPROVED", "message_template_id": 1, "message_template_name": "x"}},
          {"field": "messages", "value": {"messaging_product": "whatsapp",
           "messages": [{"from": "818012345678", "id": "wamid.z", "timestamp": "1700000000",
                         "type": "text", "text": {"body": "still here"}}]}}
        ]}]}
        """;

    assertThat(parse(body).messages())
        .extracting(InboundMessage::text)
        .containsExactly("still here");
  }

  @Test
  void readsMessagesAndStatusesFromSeveralEntries() {
    String first =
        WhatsAppWebhooks.textMessage("818012345678", "Aiko", "wamid.e1", "one", 1_700_000_000L);
    String second =
        WhatsAppWebhooks.status("wamid.out", "delivered", "818012345678", 1_700_000_001L);
    String body =
        "{\"object\":\"whatsapp_business_account\",\"entry\":["
            + entries(first)
            + ","
            + entries(second)
            + "]}";

    WhatsAppWebhookPayload payload = parse(body);

    assertThat(payload.messages())
        .extracting(InboundMessage::providerMessageId)
        .containsExactly("wamid.e1");
    assertThat(payload.deliveryUpdates())
        .extracting(DeliveryUpdate::providerMessageId)
        .containsExactly("wamid.out");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{\"object\":\"whatsapp_business_account\",\"entry\":[",
        "[]",
        "\"whatsapp_business_account\"",
        "{}",
        "{\"object\":\"page\",\"entry\":[]}",
        "{\"object\":\"whatsapp_business_account\"}",
        "{\"object\":\"whatsapp_business_account\",\"entry\":{}}",
        "{\"object\":\"whatsapp_business_account\",\"entry\":[1]}",
        "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\"}]}",
        "{\"object\":\"whatsapp_business_account\","
            + "\"entry\":[{\"changes\":[{\"field\":\"messages\"}]}]}",
      })
  void refusesWhatIsNotAWebhookBody(String body) {
    assertThatThrownBy(() -> parse(body))
        .isInstanceOf(MalformedWebhookException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a WhatsApp webhook payload: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\": \"wamid.x\", \"timestamp\": \"1700000000\", \"type\": \"text\"}",
        "{\"from\": \"+818012345678\", \"id\": \"wamid.x\", \"timestamp\": \"1700000000\"}",
        "{\"from\": \"999123456\", \"id\": \"wamid.x\", \"timestamp\": \"1700000000\"}",
        "{\"from\": \"818012345678\", \"timestamp\": \"1700000000\", \"type\": \"text\"}",
        "{\"from\": \"818012345678\", \"id\": \"wamid.x\", \"type\": \"text\"}",
        "{\"from\": \"818012345678\", \"id\": \"wamid.x\", \"timestamp\": \"yesterday\"}",
        "{\"from\": \"818012345678\", \"id\": \"wamid.x\", \"timestamp\": \"1700000000\", \"text\":"
            + " \"x\", \"type\": \"text\"}",
      })
  void refusesAMessageWithAFieldMissingOrWrong(String message) {
    String body = envelope("\"messages\": [" + message + "]");

    assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedWebhookException.class);
  }

  @Test
  void refusesTheWholeBodyWhenOneMessageIsBroken() {
    String body =
        envelope(
            """
            "messages": [
              {"from": "818012345678", "id": "wamid.ok", "timestamp": "1700000000",
               "type": "text", "text": {"body": "fine"}},
              {"from": "818012345678", "id": "wamid.bad", "type": "text"}
            ]
            """);

    assertThatThrownBy(() -> parse(body)).isInstanceOf(MalformedWebhookException.class);
  }

  @Test
  void neverQuotesTheBodyInItsMessage() {
    String body =
        envelope(
            "\"messages\": [{\"from\": \"818012345678\", \"text\": {\"body\": \"my room code is"
                + " 4711\"}}]");

    assertThatThrownBy(() -> parse(body)).hasMessageNotContaining("4711");
  }

  private static WhatsAppWebhookPayload parse(String body) {
    return WhatsAppWebhookPayload.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static InboundMessage single(String body) {
    WhatsAppWebhookPayload payload = parse(body);
    assertThat(payload.messages()).hasSize(1);
    return payload.messages().get(0);
  }

  /** A webhook body whose one change's value holds {@code valueFields} after the metadata. */
  private static String envelope(String valueFields) {
    return """
{"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [
  {"field": "messages", "value": {"messaging_product": "whatsapp",
    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    %s}}]}]}
"""
        .formatted(valueFields);
  }

  /** The entries of a complete body, without the surrounding list. */
  private static String entries(String body) {
    int start = body.indexOf("\"entry\":[") + "\"entry\":[".length();
    return body.substring(start, body.lastIndexOf(']'));
  }
}
