package org.omotenashi.concierge.messaging.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelGateway;
import org.omotenashi.concierge.messaging.DeliveryFailure;
import org.omotenashi.concierge.messaging.OutgoingMessage;
import org.omotenashi.concierge.messaging.SentMessage;

/**
 * Sends replies by SMS or WhatsApp through Twilio's Messages API ({@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json}, form-encoded, HTTP Basic with the account SID
 * and auth token). Twilio's message SID ({@code SM...}) is the provider message id that its status
 * callbacks later name.
 *
 * <p>Failures: a 4xx other than 429 is permanent (an invalid number, a blocked recipient, wrong
 * credentials) and carries Twilio's code and message; 429, 5xx, timeouts and connection errors are
 * not, and the outbox retries them with backoff (hence no {@code @Retry} here). WhatsApp allows
 * free text only within 24 hours of the guest's last message; outside that window a template would
 * be needed, which this adapter does not send, so it refuses permanently before calling Twilio.
 *
 * <p>The circuit opens after half of ten calls failed for Twilio's sake, and then calls fail at
 * once, non-permanently, for 30 seconds. The auth token never appears in a message or a log line.
 */
@ApplicationScoped
public class TwilioMessagesGateway implements ChannelGateway {
  private TwilioSettings settings;
  private volatile HttpClient http;

  /** For CDI. */
  protected TwilioMessagesGateway() {}

  @Inject
  public TwilioMessagesGateway(TwilioSettings settings) {
    this.settings = settings;
  }

  @Override
  public String provider() {
    return TwilioSettings.PROVIDER;
  }

  @Override
  public boolean isEnabled() {
    return settings.isEnabled();
  }

  /**
   * Hands one message to Twilio.
   *
   * @throws DeliveryFailure permanent when Twilio refused the message or the channel cannot carry
   *     it, otherwise worth retrying later
   */
  @Override
  // Above concierge.twilio.timeout (default 10 s), so that the HTTP client's own timeout, with its
  // clearer message, normally fires first; this one also bounds connecting and reading the body.
  @Timeout(value = 15, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 30000,
      skipOn = TwilioRejection.class)
  @Fallback(
      fallbackMethod = "unavailable",
      applyOn = {CircuitBreakerOpenException.class, TimeoutException.class})
  public SentMessage send(OutgoingMessage message) throws DeliveryFailure {
    if (!settings.isEnabled()) {
      throw new TwilioRejection("Twilio is not configured (concierge.twilio.*)");
    }
    Map<String, String> form = form(message);
    HttpRequest request =
        HttpRequest.newBuilder(messagesUri())
            .timeout(settings.timeout())
            .header("Authorization", basicAuthorization())
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(encode(form), StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new DeliveryFailure("Twilio did not answer within " + settings.timeout(), false, e);
    } catch (IOException e) {
      throw new DeliveryFailure(
          "Could not reach Twilio at " + settings.apiBaseUrl() + " (" + e + ")", false, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("Interrupted while sending to Twilio", false, e);
    }
    return answer(response);
  }

  /**
   * The {@code @Fallback} of {@link #send}, not to be called otherwise: when the circuit is open or
   * the call took too long, the caller gets a failure to retry, the one exception type its contract
   * names, rather than Fault Tolerance's own exceptions. Public so that the Fault Tolerance
   * implementation may call it reflectively whatever its package.
   */
  public SentMessage unavailable(OutgoingMessage message) throws DeliveryFailure {
    throw new DeliveryFailure(
        "Twilio is unavailable (too many recent failures, or no answer in time); will retry",
        false);
  }

  private Map<String, String> form(OutgoingMessage message) throws TwilioRejection {
    if (message.text() == null || message.text().isBlank()) {
      throw new TwilioRejection("An empty message cannot be sent");
    }
    Channel channel = message.to().channel();
    String prefix;
    if (channel == Channel.SMS) {
      prefix = "";
    } else if (channel == Channel.WHATSAPP) {
      if (!message.insideServiceWindow()) {
        throw new TwilioRejection(
            "WhatsApp accepts free text only within 24 hours of the guest's last message; outside"
                + " that window an approved template is needed, which is not sent through Twilio");
      }
      prefix = TwilioSettings.WHATSAPP_PREFIX;
    } else {
      throw new TwilioRejection("Twilio does not carry " + channel + " messages");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", prefix + message.to().value());
    form.put("From", prefix + settings.fromNumber());
    form.put("Body", message.text());
    settings
        .publicBaseUrl()
        .ifPresent(base -> form.put("StatusCallback", base + "/webhooks/twilio/status"));
    return form;
  }

  private SentMessage answer(HttpResponse<String> response) throws DeliveryFailure {
    int status = response.statusCode();
    Optional<JsonObject> body = json(response.body());
    if (status / 100 == 2) {
      String sid = body.map(json -> text(json, "sid")).orElse(null);
      if (sid == null || sid.isBlank()) {
        throw new DeliveryFailure("Twilio answered " + status + " without a message sid", false);
      }
      return new SentMessage(sid, false);
    }
    String reason = "Twilio answered " + status + body.map(this::error).orElse("");
    if (status / 100 == 4 && status != 429) {
      throw new TwilioRejection(reason);
    }
    throw new DeliveryFailure(reason, false);
  }

  /** Twilio's error document: {@code {"code": 21211, "message": "...", "more_info": "..."}}. */
  private String error(JsonObject json) {
    String code = json.containsKey("code") ? String.valueOf(json.get("code")) : null;
    String message = text(json, "message");
    if (message == null) {
      return code == null ? "" : " (error " + code + ")";
    }
    return code == null ? ": " + message : ": " + message + " (error " + code + ")";
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Optional<JsonObject> json(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Optional.of(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      // Not JSON (a proxy's error page, say): the status alone has to do.
      return Optional.empty();
    }
  }

  private URI messagesUri() {
    return URI.create(
        settings.apiBaseUrl()
            + "/2010-04-01/Accounts/"
            + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8)
            + "/Messages.json");
  }

  private String basicAuthorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(settings.basicCredentials().getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            entry ->
                URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpClient client() {
    HttpClient client = http;
    if (client == null) {
      // Built on first use: settings are read at run time, not at deployment.
      client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
      http = client;
    }
    return client;
  }
}
