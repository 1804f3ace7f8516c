package org.omotenashi.concierge.messaging.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Twilio posts to our webhooks, for tests that play Twilio against the running server: the
 * form of an inbound SMS or WhatsApp message and of a status callback, the form encoded as a
 * request body, and the {@code X-Twilio-Signature} to send with it.
 *
 * <pre>{@code
 * Map<String, String> form = TwilioWebhooks.smsForm("+818012345678", "+15005550006", "Hello",
 *     TwilioWebhooks.newMessageSid());
 * String url = baseUrl + "/webhooks/twilio/messages";  // as CONCIERGE_PUBLIC_BASE_URL says
 * POST url, Content-Type application/x-www-form-urlencoded, body TwilioWebhooks.formBody(form),
 *     header X-Twilio-Signature: TwilioWebhooks.sign(url, form, authToken)
 * }</pre>
 */
public final class TwilioWebhooks {
  /** The account the forms name; any value works, as webhooks are checked by signature only. */
  public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TwilioWebhooks() {}

  /** The {@code X-Twilio-Signature} Twilio sends when posting {@code params} to {@code url}. */
  public static String sign(String url, Map<String, String> params, String authToken) {
    Map<String, List<String>> multi = new LinkedHashMap<>();
    params.forEach((name, value) -> multi.put(name, List.of(value)));
    return new TwilioSignature(authToken).sign(url, multi);
  }

  /** The webhook of an SMS a guest sent, with the parameters Twilio sends for one. */
  public static Map<String, String> smsForm(
      String from, String to, String body, String messageSid) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("ToCountry", "US");
    form.put("ToState", "CA");
    form.put("SmsMessageSid", messageSid);
    form.put("NumMedia", "0");
    form.put("ToCity", "");
    form.put("FromZip", "");
    form.put("SmsSid", messageSid);
    form.put("FromState", "");
    form.put("SmsStatus", "received");
    form.put("FromCity", "");
    form.put("Body", body);
    form.put("FromCountry", "JP");
    form.put("To", to);
    form.put("ToZip", "");
    form.put("NumSegments", String.valueOf(Math.max(1, SmsSegments.count(body))));
    form.put("MessageSid", messageSid);
    form.put("AccountSid", ACCOUNT_SID);
    form.put("From", from);
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  /**
   * The webhook of a WhatsApp message a guest sent through Twilio: numbers in E.164, given without
   * the {@code whatsapp:} prefix, which this adds.
   */
  public static Map<String, String> whatsAppForm(
      String from, String to, String profileName, String body, String messageSid) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("SmsMessageSid", messageSid);
    form.put("NumMedia", "0");
    form.put("ProfileName", profileName);
    form.put("MessageType", "text");
    form.put("SmsSid", messageSid);
    form.put("WaId", from.replace("+", ""));
    form.put("SmsStatus", "received");
    form.put("Body", body);
    form.put("To", TwilioSettings.WHATSAPP_PREFIX + to);
    form.put("NumSegments", "1");
    form.put("ReferralNumMedia", "0");
    form.put("MessageSid", messageSid);
    form.put("AccountSid", ACCOUNT_SID);
    form.put("From", TwilioSettings.WHATSAPP_PREFIX + from);
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  /**
   * A status callback about a message we sent.
   *
   * @param status {@code queued}, {@code sent}, {@code delivered}, {@code read}, {@code
   *     undelivered}, {@code failed}
   * @param errorCode Twilio's error code (for undelivered and failed), or null
   */
  public static Map<String, String> statusForm(
      String messageSid, String status, String to, String errorCode) {
    Map<String, String> form = new LinkedHashMap<>();
    if (errorCode != null) {
      form.put("ErrorCode", errorCode);
    }
    form.put("SmsSid", messageSid);
    form.put("SmsStatus", status);
    form.put("MessageStatus", status);
    form.put("To", to);
    form.put("MessageSid", messageSid);
    form.put("AccountSid", ACCOUNT_SID);
    form.put("From", "+15005550006");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  /** The form as an {@code application/x-www-form-urlencoded} body. */
  public static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A fresh message SID: {@code SM} and 32 hex digits. */
  public static String newMessageSid() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "SM" + HexFormat.of().formatHex(bytes);
  }
}
