package org.omotenashi.concierge.messaging.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsAppSettingsTest {
  @Test
  void isEnabledWithTheFourRequiredValues() {
    assertThat(TestSettings.complete().build().isEnabled()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"verify-token", "app-secret", "access-token", "phone-number-id"})
  void isSwitchedOffWhenARequiredValueIsMissingOrBlank(String key) {
    assertThat(without(key, null).build().isEnabled()).isFalse();
    assertThat(without(key, "   ").build().isEnabled()).isFalse();
  }

  @Test
  void recognisesOnlyTheConfiguredVerifyToken() {
    WhatsAppSettings settings = TestSettings.complete().build();

    assertThat(settings.isVerifyToken(TestSettings.VERIFY_TOKEN)).isTrue();
    assertThat(settings.isVerifyToken(TestSettings.VERIFY_TOKEN + "x")).isFalse();
    assertThat(settings.isVerifyToken("")).isFalse();
    assertThat(settings.isVerifyToken(null)).isFalse();
  }

  @Test
  void recognisesNoVerifyTokenWhenNoneIsConfigured() {
    WhatsAppSettings settings = TestSettings.complete().verifyToken(null).build();

    assertThat(settings.isVerifyToken("")).isFalse();
    assertThat(settings.isVerifyToken(null)).isFalse();
  }

  @Test
  void checksSignaturesWithTheAppSecret() {
    byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
    WhatsAppSettings settings = TestSettings.complete().build();

    assertThat(settings.isSignedByMeta(body, WhatsAppWebhooks.sign(body, TestSettings.APP_SECRET)))
        .isTrue();
    assertThat(settings.isSignedByMeta(body, WhatsAppWebhooks.sign(body, "other"))).isFalse();
    assertThat(
            TestSettings.complete()
                .appSecret(null)
                .build()
                .isSignedByMeta(body, WhatsAppWebhooks.sign(body, TestSettings.APP_SECRET)))
        .isFalse();
  }

  @Test
  void postsToTheMessagesOfThePhoneNumberUnderTheVersion() {
    WhatsAppSettings settings =
        TestSettings.complete().baseUrl("http://127.0.0.1:8089/").version("v22.0").build();

    assertThat(settings.messagesUri())
        .hasToString("http://127.0.0.1:8089/v22.0/" + TestSettings.PHONE_NUMBER_ID + "/messages");
  }

  @Test
  void defaultsToMetasGraphApi() {
    assertThat(TestSettings.complete().build().messagesUri())
        .hasToString(
            "https://graph.facebook.com/v21.0/" + TestSettings.PHONE_NUMBER_ID + "/messages");
  }

  @Test
  void usesTheConfiguredTemplateLanguageOverTheConversations() {
    WhatsAppSettings settings = TestSettings.complete().template("follow_up", "ja").build();

    assertThat(settings.template("en")).contains(new WhatsAppSettings.Template("follow_up", "ja"));
  }

  @Test
  void usesTheConversationsLanguageForATemplateWithoutOne() {
    WhatsAppSettings settings = TestSettings.complete().template("follow_up", null).build();

    assertThat(settings.template("es")).contains(new WhatsAppSettings.Template("follow_up", "es"));
    assertThat(settings.template(null)).contains(new WhatsAppSettings.Template("follow_up", "en"));
  }

  @Test
  void hasNoTemplateUnlessOneIsNamed() {
    assertThat(TestSettings.complete().template(null, "ja").build().template("ja")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"graph.facebook.com", "ftp://graph.facebook.com", "not a url", ""})
  void refusesABaseUrlThatIsNotAbsoluteHttp(String url) {
    assertThatThrownBy(() -> TestSettings.complete().baseUrl(url).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(WhatsAppSettings.API_BASE_URL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"21.0", "v21", "latest"})
  void refusesAnApiVersionNotLikeV21(String version) {
    assertThatThrownBy(() -> TestSettings.complete().version(version).build())
        .hasMessageContaining(WhatsAppSettings.API_VERSION);
  }

  @Test
  void refusesATimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> TestSettings.complete().timeout(Duration.ZERO).build())
        .hasMessageContaining(WhatsAppSettings.TIMEOUT);
  }

  @Test
  void neverShowsASecretInItsText() {
    String text = TestSettings.complete().build().toString();

    assertThat(text)
        .contains(TestSettings.PHONE_NUMBER_ID)
        .doesNotContain(TestSettings.ACCESS_TOKEN)
        .doesNotContain(TestSettings.APP_SECRET)
        .doesNotContain(TestSettings.VERIFY_TOKEN);
  }

  private static TestSettings without(String key, String value) {
    TestSettings settings = TestSettings.complete();
    return switch (key) {
      case "verify-token" -> settings.verifyToken(value);
      case "app-secret" -> settings.appSecret(value);
      case "access-token" -> settings.accessToken(value);
      default -> settings.phoneNumberId(value);
    };
  }
}
