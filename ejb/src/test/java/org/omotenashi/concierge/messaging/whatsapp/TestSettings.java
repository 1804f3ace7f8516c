package org.omotenashi.concierge.messaging.whatsapp;

import java.time.Duration;
import java.util.Optional;

/** Builds {@link WhatsAppSettings} as MicroProfile Config would, with every value at hand. */
final class TestSettings {
  static final String VERIFY_TOKEN = "verify-me-4d1f";
  static final String APP_SECRET = "app-secret-7c2e91";
  static final String ACCESS_TOKEN = "EAAGtestAccessToken0123456789";
  static final String PHONE_NUMBER_ID = "106540352242922";

  private String verifyToken = VERIFY_TOKEN;
  private String appSecret = APP_SECRET;
  private String accessToken = ACCESS_TOKEN;
  private String phoneNumberId = PHONE_NUMBER_ID;
  private String baseUrl = WhatsAppSettings.DEFAULT_API_BASE_URL;
  private String version = WhatsAppSettings.DEFAULT_API_VERSION;
  private Duration timeout = Duration.ofSeconds(5);
  private String templateName;
  private String templateLanguage;

  static TestSettings complete() {
    return new TestSettings();
  }

  TestSettings verifyToken(String value) {
    verifyToken = value;
    return this;
  }

  TestSettings appSecret(String value) {
    appSecret = value;
    return this;
  }

  TestSettings accessToken(String value) {
    accessToken = value;
    return this;
  }

  TestSettings phoneNumberId(String value) {
    phoneNumberId = value;
    return this;
  }

  TestSettings baseUrl(String value) {
    baseUrl = value;
    return this;
  }

  TestSettings version(String value) {
    version = value;
    return this;
  }

  TestSettings timeout(Duration value) {
    timeout = value;
    return this;
  }

  TestSettings template(String name, String language) {
    templateName = name;
    templateLanguage = language;
    return this;
  }

  WhatsAppSettings build() {
    return new WhatsAppSettings(
        Optional.ofNullable(verifyToken),
        Optional.ofNullable(appSecret),
        Optional.ofNullable(accessToken),
        Optional.ofNullable(phoneNumberId),
        baseUrl,
        version,
        timeout,
        Optional.ofNullable(templateName),
        Optional.ofNullable(templateLanguage));
  }
}
