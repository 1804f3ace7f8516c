package org.omotenashi.concierge.messaging.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.ChannelGateway;
import org.omotenashi.concierge.messaging.DeliveryFailure;
import org.omotenashi.concierge.messaging.OutgoingMessage;
import org.omotenashi.concierge.messaging.SentMessage;

/**
 * Sends replies through Meta's WhatsApp Cloud API: {@code POST
 * {base}/{version}/{phone-number-id}/messages} with the access token as a bearer token. Inside the
 * guest's 24-hour window the reply goes out as text; outside it the configured approved template
 * goes out instead, or the send is refused for good when there is none.
 *
 * <p>Failures are {@link DeliveryFailure}s: permanent for requests WhatsApp refuses (4xx),
 * transient for throttling (429, and the Graph error codes that mean "slow down" even on a 400),
 * server errors, timeouts and unreachable hosts, which the outbox retries with backoff. Fault
 * tolerance only bounds the call and stops hammering an API that is down; it does not retry.
 *
 * <p>Invariants: the access token travels only in the {@code Authorization} header, never in a
 * message, a log line or an exception (Graph's error texts are scrubbed of it too).
 */
@ApplicationScoped
public class WhatsAppCloudGateway implements ChannelGateway {
  public static final String PROVIDER = "whatsapp-cloud";

  static final String NO_TEMPLATE =
      "Outside WhatsApp's 24-hour window and no template is configured: a staff member must reply"
          + " with a template";

  /**
   * Graph error codes that mean "not now" although they come with HTTP 400: API throttling (4, 17,
   * 341, 80007, 130429), the spam and per-guest pair rate limits (131048, 131056), and temporary
   * service errors (1, 2, 131000, 131016, 133004).
   */
  static final Set<Integer> TRANSIENT_GRAPH_CODES =
      Set.of(1, 2, 4, 17, 341, 80007, 130429, 131000, 131016, 131048, 131056, 133004);

  /** Long enough for a failure text to be useful to staff, short enough for a column. */
  private static final int MAX_REASON_LENGTH = 500;

  private static final Pattern PHONE = Pattern.compile("\\+?([0-9]{5,15})");

  private final WhatsAppSettings settings;
  private final HttpClient http;

  /** For CDI's client proxy only. */
  protected WhatsAppCloudGateway() {
    this.settings = null;
    this.http = null;
  }

  @Inject
  public WhatsAppCloudGateway(WhatsAppSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public boolean isEnabled() {
    return settings.isEnabled();
  }

  /**
   * Sends one reply. The fault tolerance timeout is a backstop above the HTTP timeout ({@code
   * concierge.whatsapp.timeout}), which fires first and says more; permanent failures do not count
   * against the circuit, since they are about the message, not about WhatsApp.
   */
  @Override
  @Timeout(value = 30, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000,
      skipOn = PermanentDeliveryFailure.class)
  public SentMessage send(OutgoingMessage message) throws DeliveryFailure {
    String to = recipient(message.to());
    if (message.insideServiceWindow()) {
      if (message.text() == null || message.text().isBlank()) {
        throw new PermanentDeliveryFailure("The reply has no text");
      }
      return new SentMessage(post(textMessage(to, message.text())), false);
    }
    WhatsAppSettings.Template template =
        settings
            .template(message.language())
            .orElseThrow(() -> new PermanentDeliveryFailure(NO_TEMPLATE));
    return new SentMessage(post(templateMessage(to, template)), true);
  }

  /** WhatsApp wants the number in digits with the country code and without the plus. */
  private static String recipient(ChannelAddress address) throws DeliveryFailure {
    var digits = PHONE.matcher(address.value().strip());
    if (address.channel() != Channel.WHATSAPP || !digits.matches()) {
      throw new PermanentDeliveryFailure("The guest's address is not a WhatsApp phone number");
    }
    return digits.group(1);
  }

  private static JsonObject textMessage(String to, String text) {
    return Json.createObjectBuilder()
        .add("messaging_product", "whatsapp")
        .add("recipient_type", "individual")
        .add("to", to)
        .add("type", "text")
        .add("text", Json.createObjectBuilder().add("preview_url", false).add("body", text))
        .build();
  }

  private static JsonObject templateMessage(String to, WhatsAppSettings.Template template) {
    return Json.createObjectBuilder()
        .add("messaging_product", "whatsapp")
        .add("to", to)
        .add("type", "template")
        .add(
            "template",
            Json.createObjectBuilder()
                .add("name", template.name())
                .add("language", Json.createObjectBuilder().add("code", template.languageCode())))
        .build();
  }

  /** Posts one message and answers WhatsApp's id for it ({@code wamid...}). */
  private String post(JsonObject body) throws DeliveryFailure {
    HttpRequest request =
        HttpRequest.newBuilder(settings.messagesUri())
            .timeout(settings.timeout())
            .header("Authorization", "Bearer " + settings.accessToken())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure(
          "WhatsApp did not answer within " + settings.timeout() + "; will try again", false, e);
    } catch (IOException e) {
      throw new DeliveryFailure(
          "Could not reach WhatsApp (" + e.getClass().getSimpleName() + "); will try again",
          false,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("Interrupted while sending to WhatsApp", false, e);
    }
    return messageId(response);
  }

  private String messageId(HttpResponse<String> response) throws DeliveryFailure {
    int status = response.statusCode();
    Optional<JsonObject> answer = json(response.body());
    if (status >= 200 && status < 300) {
      return answer
          .flatMap(WhatsAppCloudGateway::firstMessageId)
          .orElseThrow(
              // Not retried: WhatsApp took the request and may well have sent the message.
              () ->
                  new PermanentDeliveryFailure(
                      "WhatsApp accepted the message but answered without its id (HTTP "
                          + status
                          + "); it may have been sent"));
    }
    Optional<JsonObject> error = answer.flatMap(object -> child(object, "error"));
    Optional<Integer> code = error.flatMap(WhatsAppCloudGateway::graphCode);
    String reason = reason(status, error, code);
    boolean transientFailure =
        status == 429
            || status >= 500
            || status < 400
            || code.map(TRANSIENT_GRAPH_CODES::contains).orElse(false);
    if (transientFailure) {
      throw new DeliveryFailure(reason + "; will try again", false);
    }
    throw new PermanentDeliveryFailure(reason);
  }

  /** {@code WhatsApp refused the message (HTTP 400, error 100): Invalid parameter}. */
  private String reason(int status, Optional<JsonObject> error, Optional<Integer> code) {
    StringBuilder reason =
        new StringBuilder(status >= 500 ? "WhatsApp failed" : "WhatsApp refused the message")
            .append(" (HTTP ")
            .append(status);
    code.ifPresent(value -> reason.append(", error ").append(value));
    reason.append(')');
    error
        .flatMap(object -> text(object, "message"))
        .ifPresent(message -> reason.append(": ").append(message));
    error
        .flatMap(object -> child(object, "error_data"))
        .flatMap(data -> text(data, "details"))
        .ifPresent(details -> reason.append(" - ").append(details));
    String text = scrub(reason.toString());
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
  }

  /** Graph error texts do not quote the token, but a failure text must never show it. */
  private String scrub(String text) {
    return text.replace(settings.accessToken(), "(access token)");
  }

  private static Optional<String> firstMessageId(JsonObject answer) {
    JsonValue messages = answer.get("messages");
    if (messages == null || messages.getValueType() != JsonValue.ValueType.ARRAY) {
      return Optional.empty();
    }
    return messages.asJsonArray().stream()
        .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
        .findFirst()
        .flatMap(first -> text(first.asJsonObject(), "id"))
        .filter(id -> !id.isBlank());
  }

  private static Optional<Integer> graphCode(JsonObject error) {
    JsonValue code = error.get("code");
    if (code != null && code.getValueType() == JsonValue.ValueType.NUMBER) {
      return Optional.of(((JsonNumber) code).intValue());
    }
    return text(error, "code").filter(value -> value.matches("[0-9]{1,9}")).map(Integer::valueOf);
  }

  private static Optional<JsonObject> json(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      return value.getValueType() == JsonValue.ValueType.OBJECT
          ? Optional.of(value.asJsonObject())
          : Optional.empty();
    } catch (JsonException e) {
      // A proxy's HTML error page, say: the status alone has to tell.
      return Optional.empty();
    }
  }

  private static Optional<JsonObject> child(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
        ? Optional.of(value.asJsonObject())
        : Optional.empty();
  }

  private static Optional<String> text(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    return value != null && value.getValueType() == JsonValue.ValueType.STRING
        ? Optional.of(parent.getString(key))
        : Optional.empty();
  }
}
