package org.omotenashi.concierge.messaging.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WhatsAppSignatureTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final byte[] BODY =
      WhatsAppWebhooks.textMessage("818012345678", "Aiko", "wamid.A1", "こんにちは", 1_700_000_000L)
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void acceptsMetasSignatureOfTheRawBody() {
    assertThat(WhatsAppSignature.matches(BODY, WhatsAppWebhooks.sign(BODY, SECRET), SECRET))
        .isTrue();
  }

  @Test
  void agreesWithAnIndependentlyComputedSignature() {
    // printf '{"a":1}' | openssl dgst -sha256 -hmac secret
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    String openssl = "aa9e2e3575f5d7098b6caccd790888c36d5fdb63342a73bada2d6a51747a8494";
    String lastDigitChanged = openssl.substring(0, 63) + "5";

    assertThat(WhatsAppSignature.matches(body, "sha256=" + openssl, "secret")).isTrue();
    assertThat(WhatsAppSignature.matches(body, "sha256=" + lastDigitChanged, "secret")).isFalse();
  }

  @Test
  void rejectsASignatureMadeWithAnotherSecret() {
    String header = WhatsAppWebhooks.sign(BODY, "another-secret");

    assertThat(WhatsAppSignature.matches(BODY, header, SECRET)).isFalse();
  }

  @Test
  void rejectsABodyChangedAfterSigning() {
    String header = WhatsAppWebhooks.sign(BODY, SECRET);
    byte[] changed = BODY.clone();
    changed[changed.length - 3] ^= 1;

    assertThat(WhatsAppSignature.matches(changed, header, SECRET)).isFalse();
  }

  @Test
  void checksTheBytesAsSentNotTheJsonTheyMean() {
    // Meta signs the body as sent, with its escapes; the same JSON written differently differs.
    String escaped = "{\"text\":\"\\u3053\"}";
    String literal = "{\"text\":\"こ\"}";

    assertThat(
            WhatsAppSignature.matches(
                literal.getBytes(StandardCharsets.UTF_8),
                WhatsAppWebhooks.sign(escaped, SECRET),
                SECRET))
        .isFalse();
  }

  @Test
  void acceptsUpperCaseHexDigits() {
    String header = WhatsAppWebhooks.sign(BODY, SECRET);
    String upper = "sha256=" + header.substring("sha256=".length()).toUpperCase();

    assertThat(WhatsAppSignature.matches(BODY, upper, SECRET)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "sha256=",
        "sha1=0123456789abcdef0123456789abcdef01234567",
        "sha256=zz23456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "sha256=0123456789abcdef",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      })
  void rejectsAMissingOrMalformedHeader(String header) {
    assertThat(WhatsAppSignature.matches(BODY, header, SECRET)).isFalse();
  }

  @Test
  void rejectsAHeaderWithTheRightDigitsAfterTheWrongPrefix() {
    String header = WhatsAppWebhooks.sign(BODY, SECRET).replace("sha256=", "sha512=");

    assertThat(WhatsAppSignature.matches(BODY, header, SECRET)).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void neverMatchesWithoutASecret(String secret) {
    assertThat(WhatsAppSignature.matches(BODY, WhatsAppWebhooks.sign(BODY, SECRET), secret))
        .isFalse();
  }

  @Test
  void neverMatchesWithABlankSecretEvenWhenSignedWithIt() {
    // A blank secret is a configuration slip, not a key anyone should be able to sign with.
    assertThat(WhatsAppSignature.matches(BODY, WhatsAppWebhooks.sign(BODY, "  "), "  ")).isFalse();
  }
}
