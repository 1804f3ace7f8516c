package org.omotenashi.concierge.booking.qloapps;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lenient readers for the JSON that QloApps's PHP writes: numbers may come as JSON numbers or as
 * strings ({@code "12"}, {@code "11000.000000"}), and a PHP array comes as a JSON list when its
 * keys are 0..n-1 and as an object keyed by id otherwise ({@code {"101": {...}}}), or as {@code []}
 * when empty. A missing or unreadable field throws {@link MalformedAnswerException}.
 */
final class JsonFields {
  private JsonFields() {}

  static JsonObject object(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new MalformedAnswerException("no object '" + key + "'");
    }
    return value.asJsonObject();
  }

  static Optional<JsonObject> optionalObject(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? Optional.of(value.asJsonObject())
        : Optional.empty();
  }

  /** The objects of a PHP array, whether it came as a JSON list or as an object keyed by id. */
  static List<JsonObject> objects(JsonValue value, String what) {
    List<JsonObject> result = new ArrayList<>();
    if (value == null || value == JsonValue.NULL) {
      return result;
    }
    Iterable<JsonValue> elements =
        switch (value.getValueType()) {
          case ARRAY -> value.asJsonArray();
          case OBJECT -> value.asJsonObject().values();
          default -> throw new MalformedAnswerException("'" + what + "' is not a list");
        };
    for (JsonValue element : elements) {
      if (element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new MalformedAnswerException("'" + what + "' holds something that is not an object");
      }
      result.add(element.asJsonObject());
    }
    return result;
  }

  static List<JsonObject> objects(JsonObject parent, String key) {
    return objects(parent.get(key), key);
  }

  static String text(JsonObject parent, String key) {
    return optionalText(parent, key)
        .orElseThrow(() -> new MalformedAnswerException("no text '" + key + "'"));
  }

  /**
   * A scalar as text; an i18n field written as {@code [{"id": 1, "value": "..."}]} gives its first
   * value.
   */
  static Optional<String> optionalText(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value == null) {
      return Optional.empty();
    }
    return switch (value.getValueType()) {
      case STRING -> Optional.of(((JsonString) value).getString());
      case NUMBER -> Optional.of(((JsonNumber) value).bigDecimalValue().toPlainString());
      case ARRAY -> firstI18nValue(value.asJsonArray());
      default -> Optional.empty();
    };
  }

  private static Optional<String> firstI18nValue(JsonArray values) {
    return values.stream()
        .filter(element -> element.getValueType() == JsonValue.ValueType.OBJECT)
        .map(element -> optionalText(element.asJsonObject(), "value"))
        .flatMap(Optional::stream)
        .findFirst();
  }

  static BigDecimal decimal(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
      return ((JsonNumber) value).bigDecimalValue();
    }
    if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
      try {
        return new BigDecimal(((JsonString) value).getString().strip());
      } catch (NumberFormatException e) {
        throw new MalformedAnswerException("'" + key + "' is not a number");
      }
    }
    throw new MalformedAnswerException("no number '" + key + "'");
  }

  static int integer(JsonObject parent, String key) {
    try {
      return decimal(parent, key).intValueExact();
    } catch (ArithmeticException e) {
      throw new MalformedAnswerException("'" + key + "' is not a whole number");
    }
  }

  static Optional<Integer> optionalInteger(JsonObject parent, String key) {
    return parent.containsKey(key) && parent.get(key) != JsonValue.NULL
        ? Optional.of(integer(parent, key))
        : Optional.empty();
  }
}
