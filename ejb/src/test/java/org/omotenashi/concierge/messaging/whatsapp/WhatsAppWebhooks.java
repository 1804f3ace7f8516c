package org.omotenashi.concierge.messaging.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies in the shape the WhatsApp Cloud API posts them, and their {@code
 * X-Hub-Signature-256}, for tests that play Meta: the unit tests here and, through the test jar,
 * the integration tests that post to {@code /webhooks/whatsapp} on a running server.
 *
 * <p>Written with the JDK alone (no JSON library), so that any test module can use it, and signing
 * independently of {@link WhatsAppSignature}, so that a fault there cannot hide itself.
 */
public final class WhatsAppWebhooks {
  /** The business's number as Meta's examples show it; the webhook does not look at it. */
  public static final String BUSINESS_PHONE_NUMBER_ID = "106540352242922";

  private WhatsAppWebhooks() {}

  /** A guest's text message: {@code from} in WhatsApp's form, digits without the plus. */
  public static String textMessage(
      String from, String name, String wamid, String text, long timestamp) {
    return message(
        from,
        name,
        "{\"from\":"
            + quote(from)
            + ",\"id\":"
            + quote(wamid)
            + ",\"timestamp\":"
            + quote(Long.toString(timestamp))
            + ",\"type\":\"text\",\"text\":{\"body\":"
            + quote(text)
            + "}}");
  }

  /** A guest's shared location with a place name and address. */
  public static String locationMessage(
      String from, String name, String wamid, String place, String address, long timestamp) {
    return message(
        from,
        name,
        "{\"from\":"
            + quote(from)
            + ",\"id\":"
            + quote(wamid)
            + ",\"timestamp\":"
            + quote(Long.toString(timestamp))
            + ",\"type\":\"location\",\"location\":{\"latitude\":35.6812,\"longitude\":139.7671"
            + ",\"name\":"
            + quote(place)
            + ",\"address\":"
            + quote(address)
            + "}}");
  }

  /**
   * WhatsApp's news about a message we sent: {@code status} is {@code sent}, {@code delivered} or
   * {@code read}.
   */
  public static String status(String wamid, String status, String recipient, long timestamp) {
    return statuses(statusObject(wamid, status, recipient, timestamp, ""));
  }

  /** A message we sent that WhatsApp could not deliver, with its error code and title. */
  public static String failedStatus(
      String wamid, String recipient, long timestamp, int code, String title) {
    return statuses(
        statusObject(
            wamid,
            "failed",
            recipient,
            timestamp,
            ",\"errors\":[{\"code\":"
                + code
                + ",\"title\":"
                + quote(title)
                + ",\"message\":"
                + quote(title)
                + ",\"error_data\":{\"details\":"
                + quote(title)
                + "}}]"));
  }

  /** The {@code X-Hub-Signature-256} value Meta would send with {@code body}. */
  public static String sign(String body, String appSecret) {
    return sign(body.getBytes(StandardCharsets.UTF_8), appSecret);
  }

  /** The {@code X-Hub-Signature-256} value Meta would send with these exact bytes. */
  public static String sign(byte[] body, String appSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String message(String from, String name, String messageJson) {
    return envelope(
        "\"contacts\":[{\"profile\":{\"name\":"
            + quote(name)
            + "},\"wa_id\":"
            + quote(from)
            + "}],\"messages\":["
            + messageJson
            + "]");
  }

  private static String statuses(String statusJson) {
    return envelope("\"statuses\":[" + statusJson + "]");
  }

  private static String statusObject(
      String wamid, String status, String recipient, long timestamp, String extra) {
    return "{\"id\":"
        + quote(wamid)
        + ",\"status\":"
        + quote(status)
        + ",\"timestamp\":"
        + quote(Long.toString(timestamp))
        + ",\"recipient_id\":"
        + quote(recipient)
        + extra
        + "}";
  }

  private static String envelope(String valueFields) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\","
        + "\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":"
        + "{\"display_phone_number\":\"15550783881\",\"phone_number_id\":"
        + quote(BUSINESS_PHONE_NUMBER_ID)
        + "},"
        + valueFields
        + "},\"field\":\"messages\"}]}]}";
  }

  /** A JSON string literal; null becomes JSON null. */
  private static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
