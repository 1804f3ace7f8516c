package org.omotenashi.concierge.messaging.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryStatus;
import org.omotenashi.concierge.messaging.DeliveryUpdate;
import org.omotenashi.concierge.messaging.InboundMessage;
import org.omotenashi.concierge.messaging.MessageKind;

class TwilioWebhookRequestTest {
  private static final Instant NOW = Instant.parse("2027-01-15T09:30:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String SID = "SM0123456789abcdef0123456789abcdef";

  private static Map<String, List<String>> multi(Map<String, String> form) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    form.forEach((name, value) -> params.put(name, List.of(value)));
    return params;
  }

  private static InboundMessage inbound(Map<String, String> form) {
    return TwilioWebhookRequest.of(multi(form)).inboundMessage(CLOCK);
  }

  private static Optional<DeliveryUpdate> status(Map<String, String> form) {
    return TwilioWebhookRequest.of(multi(form)).deliveryUpdate(CLOCK);
  }

  @Test
  void smsBecomesATextFromTheSmsChannel() {
    InboundMessage message =
        inbound(
            TwilioWebhooks.smsForm("+818012345678", "+15005550006", "Is breakfast included?", SID));

    assertThat(message.provider()).isEqualTo("twilio");
    assertThat(message.from()).isEqualTo(new ChannelAddress(Channel.SMS, "+818012345678"));
    assertThat(message.providerMessageId()).isEqualTo(SID);
    assertThat(message.kind()).isEqualTo(MessageKind.TEXT);
    assertThat(message.text()).isEqualTo("Is breakfast included?");
    assertThat(message.senderName()).isNull();
    assertThat(message.sentAt()).isEqualTo(NOW);
  }

  @Test
  void whatsAppThroughTwilioBecomesWhatsAppWithoutThePrefixAndWithTheProfileName() {
    InboundMessage message =
        inbound(
            TwilioWebhooks.whatsAppForm(
                "+819012345678", "+15005550006", "Yuki Tanaka", "チェックインは何時ですか？", SID));

    assertThat(message.from()).isEqualTo(new ChannelAddress(Channel.WHATSAPP, "+819012345678"));
    assertThat(message.senderName()).isEqualTo("Yuki Tanaka");
    assertThat(message.text()).isEqualTo("チェックインは何時ですか？");
    assertThat(message.kind()).isEqualTo(MessageKind.TEXT);
  }

  @Test
  void mediaKindComesFromTheFirstMediaContentType() {
    Map<String, MessageKind> expected =
        Map.of(
            "image/jpeg", MessageKind.IMAGE,
            "audio/ogg", MessageKind.AUDIO,
            "video/mp4", MessageKind.VIDEO,
            "application/pdf", MessageKind.DOCUMENT,
            "text/vcard", MessageKind.CONTACTS);
    expected.forEach(
        (contentType, kind) -> {
          Map<String, String> form =
              TwilioWebhooks.smsForm("+818012345678", "+15005550006", "", SID);
          form.put("NumMedia", "1");
          form.put("MediaContentType0", contentType);
          form.put(
              "MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0");

          InboundMessage message = inbound(form);

          assertThat(message.kind()).as(contentType).isEqualTo(kind);
          assertThat(message.text()).as("no caption").isNull();
        });
  }

  @Test
  void mediaKeepsItsCaptionAsText() {
    Map<String, String> form =
        TwilioWebhooks.smsForm("+818012345678", "+15005550006", "The shower is broken", SID);
    form.put("NumMedia", "1");
    form.put("MediaContentType0", "image/png");

    InboundMessage message = inbound(form);

    assertThat(message.kind()).isEqualTo(MessageKind.IMAGE);
    assertThat(message.text()).isEqualTo("The shower is broken");
  }

  @Test
  void aSharedLocationIsALocationNamedByItsLabel() {
    Map<String, String> form =
        TwilioWebhooks.whatsAppForm("+819012345678", "+15005550006", "Yuki", "", SID);
    form.put("Latitude", "35.6812");
    form.put("Longitude", "139.7671");
    form.put("Label", "Tokyo Station");

    InboundMessage message = inbound(form);

    assertThat(message.kind()).isEqualTo(MessageKind.LOCATION);
    assertThat(message.text()).isEqualTo("Tokyo Station (35.6812, 139.7671)");
  }

  @Test
  void aLocationWithoutANameIsItsCoordinates() {
    Map<String, String> form =
        TwilioWebhooks.whatsAppForm("+819012345678", "+15005550006", "Yuki", "", SID);
    form.put("Latitude", "35.6812");
    form.put("Longitude", "139.7671");

    assertThat(inbound(form).text()).isEqualTo("35.6812, 139.7671");
  }

  @Test
  void missingMessageSidOrSenderIsRefused() {
    Map<String, String> noSid = TwilioWebhooks.smsForm("+818012345678", "+15005550006", "Hi", SID);
    noSid.remove("MessageSid");
    noSid.remove("SmsMessageSid");
    noSid.remove("SmsSid");
    Map<String, String> noSender =
        TwilioWebhooks.smsForm("+818012345678", "+15005550006", "Hi", SID);
    noSender.remove("From");

    assertThatThrownBy(() -> inbound(noSid)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> inbound(noSender)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChannelOtherThanSmsOrWhatsAppIsRefused() {
    Map<String, String> form =
        TwilioWebhooks.smsForm("messenger:1234567", "+15005550006", "Hi", SID);

    assertThatThrownBy(() -> inbound(form))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("messenger:");
  }

  @Test
  void deliveredReadAndSentBecomeTheirStatuses() {
    assertThat(status(TwilioWebhooks.statusForm(SID, "sent", "+818012345678", null)))
        .contains(new DeliveryUpdate("twilio", SID, DeliveryStatus.SENT, null, NOW));
    assertThat(status(TwilioWebhooks.statusForm(SID, "delivered", "+818012345678", null)))
        .contains(new DeliveryUpdate("twilio", SID, DeliveryStatus.DELIVERED, null, NOW));
    assertThat(status(TwilioWebhooks.statusForm(SID, "read", "whatsapp:+818012345678", null)))
        .contains(new DeliveryUpdate("twilio", SID, DeliveryStatus.READ, null, NOW));
  }

  @Test
  void undeliveredAndFailedBecomeFailedWithTwilioErrorCode() {
    DeliveryUpdate undelivered =
        status(TwilioWebhooks.statusForm(SID, "undelivered", "+818012345678", "30003"))
            .orElseThrow();
    DeliveryUpdate failed =
        status(TwilioWebhooks.statusForm(SID, "failed", "+818012345678", "30008")).orElseThrow();

    assertThat(undelivered.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(undelivered.error()).contains("30003");
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.error()).contains("30008");
    assertThat(failed.providerMessageId()).isEqualTo(SID);
  }

  @Test
  void aFailureWithoutCodeStillSaysWhatHappened() {
    DeliveryUpdate failed =
        status(TwilioWebhooks.statusForm(SID, "failed", "+818012345678", null)).orElseThrow();

    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.error()).isNotBlank().contains("failed");
  }

  @Test
  void stepsBeforeTheCarrierAreNoNews() {
    for (String step : List.of("accepted", "scheduled", "queued", "sending", "received")) {
      assertThat(status(TwilioWebhooks.statusForm(SID, step, "+818012345678", null)))
          .as(step)
          .isEmpty();
    }
  }

  @Test
  void aStatusCallbackWithoutMessageSidIsRefused() {
    Map<String, String> form = TwilioWebhooks.statusForm(SID, "delivered", "+818012345678", null);
    form.remove("MessageSid");
    form.remove("SmsSid");

    assertThatThrownBy(() -> status(form)).isInstanceOf(IllegalArgumentException.class);
  }
}
