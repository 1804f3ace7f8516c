package org.omotenashi.concierge.messaging.whatsapp;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Readers for the fields of a webhook body that say what is wrong when a field is missing or of the
 * wrong kind, by throwing {@link MalformedWebhookException} with the field's name. Optional
 * variants treat {@code null} like an absent field.
 */
final class WebhookJson {
  private WebhookJson() {}

  static JsonObject object(JsonObject parent, String key) {
    return optionalObject(parent, key)
        .orElseThrow(() -> new MalformedWebhookException("no object '" + key + "'"));
  }

  static Optional<JsonObject> optionalObject(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedWebhookException("'" + key + "' is not an object");
    }
    return Optional.of(value.asJsonObject());
  }

  static List<JsonObject> objects(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new MalformedWebhookException("no list '" + key + "'");
    }
    return elements(value, key);
  }

  /** The objects of a list that may be absent (WhatsApp leaves out empty lists). */
  static List<JsonObject> optionalObjects(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value == JsonValue.NULL) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new MalformedWebhookException("'" + key + "' is not a list");
    }
    return elements(value, key);
  }

  private static List<JsonObject> elements(JsonValue array, String key) {
    List<JsonObject> result = new ArrayList<>();
    for (JsonValue element : array.asJsonArray()) {
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedWebhookException("'" + key + "' holds something that is not an object");
      }
      result.add(element.asJsonObject());
    }
    return result;
  }

  static String text(JsonObject parent, String key) {
    return optionalText(parent, key)
        .filter(text -> !text.isBlank())
        .orElseThrow(() -> new MalformedWebhookException("no text '" + key + "'"));
  }

  /** A string, or a number written as text (WhatsApp writes codes as numbers, ids as strings). */
  static Optional<String> optionalText(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    return switch (value.getValueType()) {
      case STRING -> Optional.of(((JsonString) value).getString());
      case NUMBER -> Optional.of(((JsonNumber) value).bigDecimalValue().toPlainString());
      default -> throw new MalformedWebhookException("'" + key + "' is not text");
    };
  }

  /** Unix seconds, which WhatsApp sends as a string of digits. */
  static long epochSeconds(JsonObject parent, String key) {
    String text = text(parent, key).strip();
    if (!text.matches("[0-9]{1,12}")) {
      throw new MalformedWebhookException("'" + key + "' is not a Unix timestamp");
    }
    return Long.parseLong(text);
  }
}
