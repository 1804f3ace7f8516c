package org.omotenashi.concierge.messaging.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and as whom this installation talks to Twilio. The channel is {@linkplain #isEnabled()
 * switched on} only when the account SID, the auth token and our number are all set; otherwise the
 * Twilio webhooks answer 404 and nothing is sent.
 *
 * <p>Keys (each also an environment variable: {@code concierge.twilio.auth-token} is {@code
 * CONCIERGE_TWILIO_AUTH_TOKEN}):
 *
 * <ul>
 *   <li>{@code concierge.twilio.account-sid}: {@code AC...}
 *   <li>{@code concierge.twilio.auth-token}: the secret that authenticates our API calls and signs
 *       Twilio's webhooks; set it only in the environment, never in a file
 *   <li>{@code concierge.twilio.from}: our number, {@code +15005550006}, or {@code
 *       whatsapp:+15005550006} (the prefix is added or removed per recipient)
 *   <li>{@code concierge.twilio.api-base-url}: default {@value #DEFAULT_API_BASE_URL}
 *   <li>{@code concierge.twilio.timeout}: per API call, ISO-8601, default {@value #DEFAULT_TIMEOUT}
 *   <li>{@code concierge.public-base-url}: the address at which Twilio reaches this application
 *       (where {@code /webhooks} lives), e.g. {@code https://concierge.hotel.example}. Behind a
 *       proxy the server cannot know it, and signatures cover the URL Twilio called. Optional:
 *       without it webhooks are checked against the URL the request arrived at, and no status
 *       callback is requested when sending.
 * </ul>
 */
@ApplicationScoped
public class TwilioSettings {
  public static final String PROVIDER = "twilio";
  public static final String DEFAULT_API_BASE_URL = "https://api.twilio.com";
  public static final String DEFAULT_TIMEOUT = "PT10S";
  static final String WHATSAPP_PREFIX = "whatsapp:";

  @Inject
  @ConfigProperty(name = "concierge.twilio.account-sid")
  Optional<String> accountSid;

  @Inject
  @ConfigProperty(name = "concierge.twilio.auth-token")
  Optional<String> authToken;

  @Inject
  @ConfigProperty(name = "concierge.twilio.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "concierge.twilio.api-base-url", defaultValue = DEFAULT_API_BASE_URL)
  String apiBaseUrl;

  @Inject
  @ConfigProperty(name = "concierge.twilio.timeout", defaultValue = DEFAULT_TIMEOUT)
  Duration timeout;

  @Inject
  @ConfigProperty(name = "concierge.public-base-url")
  Optional<String> publicBaseUrl;

  /** For CDI. */
  protected TwilioSettings() {}

  /** Settings given directly, for tests and tools; blank or null values count as missing. */
  public TwilioSettings(
      String accountSid,
      String authToken,
      String from,
      String apiBaseUrl,
      Duration timeout,
      String publicBaseUrl) {
    this.accountSid = Optional.ofNullable(accountSid);
    this.authToken = Optional.ofNullable(authToken);
    this.from = Optional.ofNullable(from);
    this.apiBaseUrl = apiBaseUrl == null ? DEFAULT_API_BASE_URL : apiBaseUrl;
    this.timeout = timeout == null ? Duration.parse(DEFAULT_TIMEOUT) : timeout;
    this.publicBaseUrl = Optional.ofNullable(publicBaseUrl);
  }

  public boolean isEnabled() {
    return present(accountSid).isPresent()
        && present(authToken).isPresent()
        && present(from).isPresent();
  }

  public String accountSid() {
    return required(accountSid, "concierge.twilio.account-sid");
  }

  /**
   * Our number in E.164 without a channel prefix: the same number may send SMS and, when Twilio has
   * it enabled for WhatsApp, WhatsApp messages.
   */
  public String fromNumber() {
    String number = required(from, "concierge.twilio.from");
    return number.startsWith(WHATSAPP_PREFIX)
        ? number.substring(WHATSAPP_PREFIX.length()).strip()
        : number;
  }

  /** Twilio's API root without a trailing slash. */
  public String apiBaseUrl() {
    return withoutTrailingSlash(apiBaseUrl.strip());
  }

  public Duration timeout() {
    return timeout;
  }

  /** The application's public root without a trailing slash, when configured. */
  public Optional<String> publicBaseUrl() {
    return present(publicBaseUrl).map(TwilioSettings::withoutTrailingSlash);
  }

  /** The checker of webhook signatures, keyed with the auth token. */
  public TwilioSignature signature() {
    return new TwilioSignature(authToken());
  }

  /**
   * The HTTP Basic credentials of our API calls. Package-private so that the token stays inside
   * this package: nothing else needs it, and nothing may log it.
   */
  String basicCredentials() {
    return accountSid() + ":" + authToken();
  }

  private String authToken() {
    return required(authToken, "concierge.twilio.auth-token");
  }

  @Override
  public String toString() {
    // Deliberately without the token: settings end up in log lines and exception messages.
    return "TwilioSettings[accountSid="
        + present(accountSid).orElse("-")
        + ", authToken="
        + (present(authToken).isPresent() ? "***" : "-")
        + ", from="
        + present(from).orElse("-")
        + ", apiBaseUrl="
        + apiBaseUrl
        + "]";
  }

  private static Optional<String> present(Optional<String> value) {
    return value.map(String::strip).filter(text -> !text.isEmpty());
  }

  private static String required(Optional<String> value, String key) {
    return present(value)
        .orElseThrow(
            () -> new IllegalStateException("Twilio is switched off: " + key + " is not set"));
  }

  private static String withoutTrailingSlash(String url) {
    String result = url;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
