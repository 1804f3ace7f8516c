package org.omotenashi.concierge.messaging.whatsapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to reach Meta's WhatsApp Cloud API and how to recognise Meta's webhook calls: the verify
 * token (the subscription check), the app secret (webhook signatures), the access token and phone
 * number id (sending), the Graph API's address, version and timeout, and the approved template that
 * goes out instead of free text outside the 24-hour window.
 *
 * <p>Every key can be set in the environment ({@code concierge.whatsapp.app-secret} as {@code
 * CONCIERGE_WHATSAPP_APP_SECRET}); secrets are only ever set there. The channel is {@linkplain
 * #isEnabled() switched on} when the four required values are present and not blank.
 *
 * <p>Invariants: the base URL is absolute and has no trailing slash; the timeout is positive;
 * {@link #toString()} never shows a secret; tokens are compared in constant time.
 */
@ApplicationScoped
public class WhatsAppSettings {
  public static final String VERIFY_TOKEN = "concierge.whatsapp.verify-token";
  public static final String APP_SECRET = "concierge.whatsapp.app-secret";
  public static final String ACCESS_TOKEN = "concierge.whatsapp.access-token";
  public static final String PHONE_NUMBER_ID = "concierge.whatsapp.phone-number-id";
  public static final String API_BASE_URL = "concierge.whatsapp.api-base-url";
  public static final String API_VERSION = "concierge.whatsapp.api-version";
  public static final String TIMEOUT = "concierge.whatsapp.timeout";
  public static final String TEMPLATE_NAME = "concierge.whatsapp.template-name";
  public static final String TEMPLATE_LANGUAGE = "concierge.whatsapp.template-language";

  public static final String DEFAULT_API_BASE_URL = "https://graph.facebook.com";
  public static final String DEFAULT_API_VERSION = "v21.0";
  public static final String DEFAULT_TIMEOUT = "PT10S";

  /** Used for a template when neither the settings nor the conversation name a language. */
  static final String FALLBACK_TEMPLATE_LANGUAGE = "en";

  private static final Pattern API_VERSION_FORMAT = Pattern.compile("v[0-9]+\\.[0-9]+");

  private final Optional<String> verifyToken;
  private final Optional<String> appSecret;
  private final Optional<String> accessToken;
  private final Optional<String> phoneNumberId;
  private final URI apiBaseUrl;
  private final String apiVersion;
  private final Duration timeout;
  private final Optional<String> templateName;
  private final Optional<String> templateLanguage;

  /** The approved template to send outside the service window, with its language code. */
  record Template(String name, String languageCode) {}

  /**
   * For CDI's client proxy only: every call goes to the instance built by the other constructor.
   */
  protected WhatsAppSettings() {
    this(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_API_BASE_URL,
        DEFAULT_API_VERSION,
        Duration.parse(DEFAULT_TIMEOUT),
        Optional.empty(),
        Optional.empty());
  }

  @Inject
  public WhatsAppSettings(
      @ConfigProperty(name = VERIFY_TOKEN) Optional<String> verifyToken,
      @ConfigProperty(name = APP_SECRET) Optional<String> appSecret,
      @ConfigProperty(name = ACCESS_TOKEN) Optional<String> accessToken,
      @ConfigProperty(name = PHONE_NUMBER_ID) Optional<String> phoneNumberId,
      @ConfigProperty(name = API_BASE_URL, defaultValue = DEFAULT_API_BASE_URL) String apiBaseUrl,
      @ConfigProperty(name = API_VERSION, defaultValue = DEFAULT_API_VERSION) String apiVersion,
      @ConfigProperty(name = TIMEOUT, defaultValue = DEFAULT_TIMEOUT) Duration timeout,
      @ConfigProperty(name = TEMPLATE_NAME) Optional<String> templateName,
      @ConfigProperty(name = TEMPLATE_LANGUAGE) Optional<String> templateLanguage) {
    this.verifyToken = present(verifyToken);
    this.appSecret = present(appSecret);
    this.accessToken = present(accessToken);
    this.phoneNumberId = present(phoneNumberId);
    this.apiBaseUrl = baseUrl(apiBaseUrl);
    if (apiVersion == null || !API_VERSION_FORMAT.matcher(apiVersion.strip()).matches()) {
      throw new IllegalStateException(API_VERSION + " must be a Graph API version like v21.0");
    }
    this.apiVersion = apiVersion.strip();
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalStateException(TIMEOUT + " must be a positive duration like PT10S");
    }
    this.timeout = timeout;
    this.templateName = present(templateName);
    this.templateLanguage = present(templateLanguage);
  }

  /** Whether the channel may be used: verify token, app secret, access token, phone number id. */
  public boolean isEnabled() {
    return verifyToken.isPresent()
        && appSecret.isPresent()
        && accessToken.isPresent()
        && phoneNumberId.isPresent();
  }

  /** Whether {@code candidate} is the configured verify token (never, when none is configured). */
  public boolean isVerifyToken(String candidate) {
    return candidate != null
        && verifyToken
            .map(
                token ->
                    MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        candidate.getBytes(StandardCharsets.UTF_8)))
            .orElse(false);
  }

  /** Whether {@code signatureHeader} is Meta's signature of {@code body} with our app secret. */
  public boolean isSignedByMeta(byte[] body, String signatureHeader) {
    return appSecret
        .map(secret -> WhatsAppSignature.matches(body, signatureHeader, secret))
        .orElse(false);
  }

  /** {@code {base}/{version}/{phone-number-id}/messages}: where replies are posted. */
  URI messagesUri() {
    return URI.create(
        apiBaseUrl
            + "/"
            + apiVersion
            + "/"
            + required(phoneNumberId, PHONE_NUMBER_ID)
            + "/messages");
  }

  String accessToken() {
    return required(accessToken, ACCESS_TOKEN);
  }

  Duration timeout() {
    return timeout;
  }

  /**
   * The template to send outside the service window, if one is configured. Its language is the
   * configured one; without one, the conversation's, since Meta approves a template per language.
   */
  Optional<Template> template(String conversationLanguage) {
    String language =
        templateLanguage.orElseGet(
            () ->
                conversationLanguage == null || conversationLanguage.isBlank()
                    ? FALLBACK_TEMPLATE_LANGUAGE
                    : conversationLanguage.strip());
    return templateName.map(name -> new Template(name, language));
  }

  private static Optional<String> present(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
  }

  private static String required(Optional<String> value, String key) {
    return value.orElseThrow(() -> new IllegalStateException(key + " is not set"));
  }

  private static URI baseUrl(String text) {
    String value = text == null ? "" : text.strip();
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalStateException(
          API_BASE_URL + " must be an absolute URL like " + DEFAULT_API_BASE_URL);
    }
    return uri;
  }

  @Override
  public String toString() {
    return "WhatsAppSettings[enabled="
        + isEnabled()
        + ", verifyToken="
        + (verifyToken.isPresent() ? "(set)" : "(missing)")
        + ", appSecret="
        + (appSecret.isPresent() ? "(set)" : "(missing)")
        + ", accessToken="
        + (accessToken.isPresent() ? "(set)" : "(missing)")
        + ", phoneNumberId="
        + phoneNumberId.orElse("(missing)")
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", apiVersion="
        + apiVersion
        + ", timeout="
        + timeout
        + ", templateName="
        + templateName.orElse("(none)")
        + ", templateLanguage="
        + templateLanguage.orElse("(the conversation's)")
        + "]";
  }
}
