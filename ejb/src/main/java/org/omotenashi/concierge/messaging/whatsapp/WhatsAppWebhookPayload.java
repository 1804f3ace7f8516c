package org.omotenashi.concierge.messaging.whatsapp;

import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.epochSeconds;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.object;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.objects;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.optionalObject;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.optionalObjects;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.optionalText;
import static org.omotenashi.concierge.messaging.whatsapp.WebhookJson.text;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryStatus;
import org.omotenashi.concierge.messaging.DeliveryUpdate;
import org.omotenashi.concierge.messaging.InboundMessage;
import org.omotenashi.concierge.messaging.MessageKind;
import org.omotenashi.concierge.messaging.PhoneNumbers;

/**
 * What one webhook call of the WhatsApp Cloud API says: the messages guests sent and the news about
 * messages we sent, in the order WhatsApp listed them.
 *
 * <p>The body is {@code {"object": "whatsapp_business_account", "entry": [{"changes": [{"field":
 * "messages", "value": {...}}]}]}}; each {@code value} may hold {@code contacts} (the senders'
 * profile names by {@code wa_id}), {@code messages} and {@code statuses}. Changes of other fields
 * (template reviews, account updates) carry nothing for us and are skipped, as are statuses we do
 * not track ({@code deleted}, {@code played}).
 *
 * <p>Invariants: either the whole body is read, or {@link #parse} throws {@link
 * MalformedWebhookException} and nothing is returned, so that nothing is stored from a body that is
 * partly wrong; every sender's address is E.164 with a plus.
 */
public record WhatsAppWebhookPayload(
    List<InboundMessage> messages, List<DeliveryUpdate> deliveryUpdates) {
  private static final String OBJECT = "whatsapp_business_account";
  private static final String MESSAGES_FIELD = "messages";
  private static final Pattern WA_ID = Pattern.compile("[0-9]{5,15}");

  public WhatsAppWebhookPayload {
    messages = List.copyOf(messages);
    deliveryUpdates = List.copyOf(deliveryUpdates);
  }

  /** Reads a webhook body as WhatsApp sent it. */
  public static WhatsAppWebhookPayload parse(byte[] body) {
    JsonObject root = read(body);
    if (!OBJECT.equals(optionalText(root, "object").orElse(null))) {
      throw new MalformedWebhookException("'object' is not '" + OBJECT + "'");
    }
    List<InboundMessage> messages = new ArrayList<>();
    List<DeliveryUpdate> updates = new ArrayList<>();
    for (JsonObject entry : objects(root, "entry")) {
      for (JsonObject change : objects(entry, "changes")) {
        if (!MESSAGES_FIELD.equals(optionalText(change, "field").orElse(null))) {
          continue;
        }
        JsonObject value = object(change, "value");
        Map<String, String> names = profileNames(value);
        for (JsonObject message : optionalObjects(value, "messages")) {
          messages.add(inbound(message, names));
        }
        for (JsonObject status : optionalObjects(value, "statuses")) {
          deliveryUpdate(status).ifPresent(updates::add);
        }
      }
    }
    return new WhatsAppWebhookPayload(messages, updates);
  }

  private static JsonObject read(byte[] body) {
    if (body == null || body.length == 0) {
      throw new MalformedWebhookException("the body is empty");
    }
    JsonStructure structure;
    // The reader detects UTF-8/16/32 from the bytes, as RFC 8259 allows.
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      structure = reader.read();
    } catch (JsonException e) {
      throw new MalformedWebhookException("the body is not JSON", e);
    }
    if (structure.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedWebhookException("the body is not a JSON object");
    }
    return structure.asJsonObject();
  }

  private static Map<String, String> profileNames(JsonObject value) {
    Map<String, String> names = new HashMap<>();
    for (JsonObject contact : optionalObjects(value, "contacts")) {
      Optional<String> waId = optionalText(contact, "wa_id");
      Optional<String> name =
          optionalObject(contact, "profile").flatMap(profile -> optionalText(profile, "name"));
      if (waId.isPresent() && name.isPresent() && !name.get().isBlank()) {
        names.put(waId.get(), name.get().strip());
      }
    }
    return names;
  }

  private static InboundMessage inbound(JsonObject message, Map<String, String> names) {
    String from = text(message, "from").strip();
    if (!WA_ID.matcher(from).matches()) {
      throw new MalformedWebhookException("'from' is not a phone number in digits");
    }
    String id = text(message, "id");
    Instant sentAt = Instant.ofEpochSecond(epochSeconds(message, "timestamp"));
    Optional<String> type = optionalText(message, "type");
    MessageKind kind = type.map(WhatsAppWebhookPayload::kind).orElse(MessageKind.OTHER);
    // An early documented shape of location messages carries no "type", only the location.
    if (type.isEmpty() && message.containsKey("location")) {
      kind = MessageKind.LOCATION;
    }
    return new InboundMessage(
        WhatsAppCloudGateway.PROVIDER,
        new ChannelAddress(Channel.WHATSAPP, e164(from)),
        names.get(from),
        id,
        kind,
        description(message, kind, type.orElse("")),
        sentAt);
  }

  /** WhatsApp's digits as the E.164 number every channel uses, so that one person is one guest. */
  private static String e164(String waId) {
    try {
      return PhoneNumbers.toE164(waId);
    } catch (IllegalArgumentException e) {
      throw new MalformedWebhookException("'from' is not an international phone number");
    }
  }

  private static MessageKind kind(String type) {
    return switch (type) {
      case "text" -> MessageKind.TEXT;
      case "image" -> MessageKind.IMAGE;
      case "audio" -> MessageKind.AUDIO;
      case "video" -> MessageKind.VIDEO;
      case "document" -> MessageKind.DOCUMENT;
      case "location" -> MessageKind.LOCATION;
      case "sticker" -> MessageKind.STICKER;
      case "contacts" -> MessageKind.CONTACTS;
      default -> MessageKind.OTHER;
    };
  }

  /**
   * The text of a message, or what stands for it: a media caption, a location's name and address,
   * the names on shared contacts, the label of a button the guest tapped. Null when there is none.
   */
  private static String description(JsonObject message, MessageKind kind, String type) {
    return switch (kind) {
      case TEXT -> field(message, "text", "body");
      case IMAGE, VIDEO -> field(message, type, "caption");
      case DOCUMENT ->
          firstPresent(
              field(message, "document", "caption"), field(message, "document", "filename"));
      case LOCATION ->
          joined(
              Stream.of(field(message, "location", "name"), field(message, "location", "address")));
      case CONTACTS ->
          joined(
              optionalObjects(message, "contacts").stream()
                  .map(contact -> field(contact, "name", "formatted_name")));
      case AUDIO, STICKER -> null;
      case OTHER -> tappedLabel(message, type);
    };
  }

  /**
   * A quick-reply button on a template, or a reply button or list row of an interactive message.
   */
  private static String tappedLabel(JsonObject message, String type) {
    if ("button".equals(type)) {
      return field(message, "button", "text");
    }
    if ("interactive".equals(type)) {
      return optionalObject(message, "interactive")
          .map(
              interactive ->
                  firstPresent(
                      field(interactive, "button_reply", "title"),
                      field(interactive, "list_reply", "title")))
          .orElse(null);
    }
    return null;
  }

  private static Optional<DeliveryUpdate> deliveryUpdate(JsonObject status) {
    String id = text(status, "id");
    DeliveryStatus delivery =
        switch (text(status, "status")) {
          case "sent" -> DeliveryStatus.SENT;
          case "delivered" -> DeliveryStatus.DELIVERED;
          case "read" -> DeliveryStatus.READ;
          case "failed" -> DeliveryStatus.FAILED;
          default -> null;
        };
    if (delivery == null) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(epochSeconds(status, "timestamp"));
    String error =
        optionalObjects(status, "errors").stream()
            .findFirst()
            .map(WhatsAppWebhookPayload::reason)
            .orElse(null);
    return Optional.of(new DeliveryUpdate(WhatsAppCloudGateway.PROVIDER, id, delivery, error, at));
  }

  /**
   * {@code Message undeliverable (131026)}: the title staff can read, the code support can look up.
   */
  private static String reason(JsonObject error) {
    String title =
        firstPresent(
            optionalText(error, "title").orElse(null), optionalText(error, "message").orElse(null));
    String code = optionalText(error, "code").orElse(null);
    if (title != null && code != null) {
      return title + " (" + code + ")";
    }
    if (title != null) {
      return title;
    }
    return code == null ? null : "WhatsApp error " + code;
  }

  /** {@code parent[objectKey][textKey]}, or null when either is absent or blank. */
  private static String field(JsonObject parent, String objectKey, String textKey) {
    return optionalObject(parent, objectKey)
        .flatMap(object -> optionalText(object, textKey))
        .map(String::strip)
        .filter(text -> !text.isEmpty())
        .orElse(null);
  }

  private static String firstPresent(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }

  private static String joined(Stream<String> parts) {
    String text = parts.filter(Objects::nonNull).collect(Collectors.joining(", "));
    return text.isEmpty() ? null : text;
  }
}
