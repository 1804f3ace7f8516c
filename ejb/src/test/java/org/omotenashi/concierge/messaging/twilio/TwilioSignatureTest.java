package org.omotenashi.concierge.messaging.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {
  /**
   * The worked example of Twilio's "Webhooks security" guide
   * (twilio.com/docs/usage/webhooks/webhooks-security): auth token 12345, this URL with its query
   * string, these POST parameters.
   */
  private static final String DOCS_TOKEN = "12345";

  private static final String DOCS_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
  private static final String DOCS_SIGNATURE = "0/KCTR6DLpKmkAf8muzZqo1nDgQ=";

  private static Map<String, List<String>> docsParams() {
    // Deliberately not in alphabetical order: the signature sorts them.
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("To", List.of("+18005551212"));
    params.put("CallSid", List.of("CA1234567890ABCDE"));
    params.put("From", List.of("+12349013030"));
    params.put("Digits", List.of("1234"));
    params.put("Caller", List.of("+12349013030"));
    return params;
  }

  /**
   * An SMS webhook as Twilio really signed it, from the test suite of Twilio's Ruby library
   * (twilio-ruby, spec/util/request_validator_spec.rb).
   */
  private static Map<String, List<String>> recordedSmsParams() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("ToState", List.of("CA"));
    params.put("FromState", List.of("CA"));
    params.put("AccountSid", List.of("ACba8bc05eacf94afdae398e642c9cc32d"));
    params.put("SmsMessageSid", List.of("SM2003cbd5e6a3701999aa3e5f20ff2787"));
    params.put("Body", List.of("Orly"));
    params.put("From", List.of("+14159354345"));
    params.put("FromCity", List.of("SAN FRANCISCO"));
    params.put("SmsStatus", List.of("received"));
    params.put("FromZip", List.of("94107"));
    params.put("FromCountry", List.of("US"));
    params.put("To", List.of("+14158141819"));
    params.put("ToCity", List.of("SAN FRANCISCO"));
    params.put("ToZip", List.of("94105"));
    params.put("ToCountry", List.of("US"));
    params.put("ApiVersion", List.of("2010-04-01"));
    params.put("SmsSid", List.of("SM2003cbd5e6a3701999aa3e5f20ff2787"));
    return params;
  }

  private final TwilioSignature docs = new TwilioSignature(DOCS_TOKEN);

  @Test
  void signsTwilioDocumentedExampleExactly() {
    assertThat(docs.sign(DOCS_URL, docsParams())).isEqualTo(DOCS_SIGNATURE);
  }

  @Test
  void acceptsTwilioDocumentedExample() {
    assertThat(docs.isValid(DOCS_URL, docsParams(), DOCS_SIGNATURE)).isTrue();
  }

  @Test
  void acceptsAnSmsWebhookTwilioSigned() {
    TwilioSignature signature = new TwilioSignature("2bd9e9638872de601313dc77410d3b23");

    assertThat(
            signature.isValid(
                "http://twiliotests.heroku.com/validate/sms",
                recordedSmsParams(),
                "mxeiv65lEe0b8L6LdVw2jgJi8yw="))
        .isTrue();
  }

  @Test
  void refusesATamperedParameter() {
    Map<String, List<String>> tampered = docsParams();
    tampered.put("Digits", List.of("1235"));

    assertThat(docs.isValid(DOCS_URL, tampered, DOCS_SIGNATURE)).isFalse();
  }

  @Test
  void refusesAnAddedParameter() {
    Map<String, List<String>> added = docsParams();
    added.put("Body", List.of("Send me the master key"));

    assertThat(docs.isValid(DOCS_URL, added, DOCS_SIGNATURE)).isFalse();
  }

  @Test
  void refusesADifferentUrl() {
    assertThat(docs.isValid("https://mycompany.com/myapp.php", docsParams(), DOCS_SIGNATURE))
        .as("query string left out")
        .isFalse();
    assertThat(
            docs.isValid(
                "https://evil.example/myapp.php?foo=1&bar=2", docsParams(), DOCS_SIGNATURE))
        .as("another host")
        .isFalse();
    assertThat(
            docs.isValid(
                "https://mycompany.com/myapp.php?bar=2&foo=1", docsParams(), DOCS_SIGNATURE))
        .as("query parameters reordered: the URL is signed as it is, not sorted")
        .isFalse();
  }

  @Test
  void refusesAnotherAuthToken() {
    assertThat(new TwilioSignature("54321").isValid(DOCS_URL, docsParams(), DOCS_SIGNATURE))
        .isFalse();
  }

  @Test
  void refusesAMissingOrEmptyOrTruncatedSignature() {
    assertThat(docs.isValid(DOCS_URL, docsParams(), null)).isFalse();
    assertThat(docs.isValid(DOCS_URL, docsParams(), "")).isFalse();
    assertThat(docs.isValid(DOCS_URL, docsParams(), DOCS_SIGNATURE.substring(0, 27))).isFalse();
  }

  @Test
  void acceptsTheUrlWithOrWithoutTheStandardPort() {
    String withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";

    assertThat(docs.isValid(withPort, docsParams(), DOCS_SIGNATURE))
        .as("signed without the port, checked with it")
        .isTrue();
    assertThat(docs.isValid(DOCS_URL, docsParams(), docs.sign(withPort, docsParams())))
        .as("signed with the port, checked without it")
        .isTrue();
  }

  @Test
  void sortsNamesCaseSensitivelyAndValuesOfARepeatedName() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("b", List.of("1"));
    params.put("B", List.of("2"));
    params.put("a", List.of("y", "x"));
    String expected = docs.sign("https://h.example/p" + "B2" + "ax" + "ay" + "b1", Map.of());

    assertThat(docs.sign("https://h.example/p", params)).isEqualTo(expected);
  }

  @Test
  void signsAnEmptyValueAsTheNameAlone() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("ToCity", List.of(""));
    params.put("Body", List.of("Hi"));

    assertThat(docs.sign("https://h.example/p", params))
        .isEqualTo(docs.sign("https://h.example/pBodyHiToCity", Map.of()));
  }

  @Test
  void neverShowsTheToken() {
    assertThat(new TwilioSignature("s3cr3t-token").toString()).doesNotContain("s3cr3t-token");
    assertThatThrownBy(() -> new TwilioSignature("")).isInstanceOf(IllegalArgumentException.class);
  }
}
