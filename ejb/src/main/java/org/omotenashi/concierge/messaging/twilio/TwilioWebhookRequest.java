package org.omotenashi.concierge.messaging.twilio;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryStatus;
import org.omotenashi.concierge.messaging.DeliveryUpdate;
import org.omotenashi.concierge.messaging.InboundMessage;
import org.omotenashi.concierge.messaging.MessageKind;

/**
 * The form parameters of one Twilio webhook, read as an inbound message ({@code POST
 * /webhooks/twilio/messages}) or as a status callback about a message we sent ({@code POST
 * /webhooks/twilio/status}). Only reads: the caller has verified the signature first.
 *
 * <p>Twilio sends phone numbers in E.164 already; they are kept as given, minus the {@code
 * whatsapp:} prefix that marks WhatsApp-through-Twilio. Twilio sends no timestamp, so the time is
 * the moment the webhook arrived.
 *
 * <p>Parameters that are missing where Twilio always sends them ({@code MessageSid}, {@code From})
 * raise {@link IllegalArgumentException}.
 */
public final class TwilioWebhookRequest {
  private final Map<String, ? extends List<String>> form;

  private TwilioWebhookRequest(Map<String, ? extends List<String>> form) {
    this.form = form;
  }

  /** The decoded form parameters, as JAX-RS gives them. */
  public static TwilioWebhookRequest of(Map<String, ? extends List<String>> form) {
    return new TwilioWebhookRequest(Map.copyOf(form));
  }

  /** A message a guest sent by SMS or WhatsApp. */
  public InboundMessage inboundMessage(Clock clock) {
    String sender = required("From");
    boolean whatsApp = isWhatsApp(sender);
    ChannelAddress from =
        new ChannelAddress(whatsApp ? Channel.WHATSAPP : Channel.SMS, withoutPrefix(sender));
    MessageKind kind = kind();
    return new InboundMessage(
        TwilioSettings.PROVIDER,
        from,
        param("ProfileName").orElse(null),
        messageSid(),
        kind,
        kind == MessageKind.LOCATION ? locationText() : param("Body").orElse(null),
        clock.instant());
  }

  /**
   * What a status callback says about a message we sent, or nothing for the steps before Twilio
   * hands the message to the carrier ({@code accepted}, {@code scheduled}, {@code queued}, {@code
   * sending}): the outbox already marked the message sent when Twilio's API accepted it.
   */
  public Optional<DeliveryUpdate> deliveryUpdate(Clock clock) {
    String messageSid = messageSid();
    String status =
        param("MessageStatus").or(() -> param("SmsStatus")).orElse("").toLowerCase(Locale.ROOT);
    DeliveryStatus delivery;
    String error = null;
    switch (status) {
      case "sent":
        delivery = DeliveryStatus.SENT;
        break;
      case "delivered":
        delivery = DeliveryStatus.DELIVERED;
        break;
      case "read":
        delivery = DeliveryStatus.READ;
        break;
      case "undelivered":
      case "failed":
      case "canceled":
        delivery = DeliveryStatus.FAILED;
        error = failureReason(status);
        break;
      default:
        // accepted, scheduled, queued, sending, and inbound statuses (receiving, received).
        return Optional.empty();
    }
    return Optional.of(
        new DeliveryUpdate(TwilioSettings.PROVIDER, messageSid, delivery, error, clock.instant()));
  }

  private String messageSid() {
    // SmsMessageSid and SmsSid are the older names Twilio still sends alongside MessageSid.
    return param("MessageSid")
        .or(() -> param("SmsMessageSid"))
        .or(() -> param("SmsSid"))
        .orElseThrow(() -> new IllegalArgumentException("The webhook has no MessageSid"));
  }

  private MessageKind kind() {
    if (param("Latitude").isPresent()) {
      return MessageKind.LOCATION;
    }
    int media = param("NumMedia").map(TwilioWebhookRequest::count).orElse(0);
    if (media == 0) {
      return MessageKind.TEXT;
    }
    String type = param("MediaContentType0").orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return MessageKind.IMAGE;
    }
    if (type.startsWith("audio/")) {
      return MessageKind.AUDIO;
    }
    if (type.startsWith("video/")) {
      return MessageKind.VIDEO;
    }
    if (type.startsWith("text/vcard") || type.startsWith("text/x-vcard")) {
      return MessageKind.CONTACTS;
    }
    return MessageKind.DOCUMENT;
  }

  /** What staff read for a shared location: its name or address where given, and where it is. */
  private String locationText() {
    String coordinates = required("Latitude") + ", " + param("Longitude").orElse("?");
    return param("Label")
        .or(() -> param("Address"))
        .map(name -> name + " (" + coordinates + ")")
        .orElse(coordinates);
  }

  private String failureReason(String status) {
    Optional<String> code = param("ErrorCode");
    Optional<String> message = param("ErrorMessage");
    if (code.isEmpty()) {
      return "Twilio reported the message " + status + message.map(m -> ": " + m).orElse("");
    }
    // The code is what Twilio's error dictionary (twilio.com/docs/api/errors/<code>) explains.
    return "Twilio error " + code.get() + message.map(m -> ": " + m).orElse("");
  }

  private static boolean isWhatsApp(String address) {
    return address.regionMatches(
        true, 0, TwilioSettings.WHATSAPP_PREFIX, 0, TwilioSettings.WHATSAPP_PREFIX.length());
  }

  private static String withoutPrefix(String address) {
    if (isWhatsApp(address)) {
      return address.substring(TwilioSettings.WHATSAPP_PREFIX.length()).strip();
    }
    if (address.indexOf(':') >= 0) {
      // messenger:, rcs: and the like are channels this application does not serve.
      throw new IllegalArgumentException("Not an SMS or WhatsApp sender: " + address);
    }
    return address.strip();
  }

  private static int count(String number) {
    try {
      return Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private String required(String name) {
    return param(name)
        .orElseThrow(() -> new IllegalArgumentException("The webhook has no " + name));
  }

  /** The first value of a parameter, when present and not blank. */
  private Optional<String> param(String name) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(values.get(0));
  }
}
