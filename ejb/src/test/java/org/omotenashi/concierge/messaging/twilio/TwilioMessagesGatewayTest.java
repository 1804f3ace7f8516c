package org.omotenashi.concierge.messaging.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryFailure;
import org.omotenashi.concierge.messaging.OutgoingMessage;
import org.omotenashi.concierge.messaging.SentMessage;

class TwilioMessagesGatewayTest {
  private static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
  private static final String AUTH_TOKEN = "not-a-real-token-7f3a9c";
  private static final String OUR_NUMBER = "+15005550006";
  private static final String GUEST = "+818012345678";
  private static final Duration TIMEOUT = Duration.ofMillis(700);

  private FakeTwilioApi twilio;

  @BeforeEach
  void startTwilio() {
    twilio = FakeTwilioApi.start(ACCOUNT_SID, AUTH_TOKEN);
  }

  @AfterEach
  void stopTwilio() {
    twilio.close();
  }

  private TwilioMessagesGateway gateway(String from, String publicBaseUrl) {
    return new TwilioMessagesGateway(
        new TwilioSettings(
            ACCOUNT_SID, AUTH_TOKEN, from, twilio.baseUrl(), TIMEOUT, publicBaseUrl));
  }

  private TwilioMessagesGateway gateway() {
    return gateway(OUR_NUMBER, null);
  }

  private static OutgoingMessage sms(String text) {
    return new OutgoingMessage(1L, new ChannelAddress(Channel.SMS, GUEST), text, true, "en");
  }

  private static OutgoingMessage whatsApp(String text, boolean insideServiceWindow) {
    return new OutgoingMessage(
        2L, new ChannelAddress(Channel.WHATSAPP, GUEST), text, insideServiceWindow, "ja");
  }

  private static DeliveryFailure failureOf(TwilioMessagesGateway gateway, OutgoingMessage message) {
    return catchThrowableOfType(() -> gateway.send(message), DeliveryFailure.class);
  }

  @Test
  void sendsAnSmsAsTwilioFormWithBasicAuthAndReturnsTheMessageSid() throws Exception {
    SentMessage sent = gateway().send(sms("Your room 403 is ready. Welcome!"));

    assertThat(twilio.sent())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("POST");
              assertThat(request.path())
                  .isEqualTo("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json");
              assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
              assertThat(request.authorization())
                  .isEqualTo(
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  (ACCOUNT_SID + ":" + AUTH_TOKEN)
                                      .getBytes(StandardCharsets.UTF_8)));
              assertThat(request.param("To")).isEqualTo(GUEST);
              assertThat(request.param("From")).isEqualTo(OUR_NUMBER);
              assertThat(request.param("Body")).isEqualTo("Your room 403 is ready. Welcome!");
              assertThat(request.form()).doesNotContainKey("StatusCallback");
              assertThat(request.answeredStatus()).isEqualTo(201);
            });
    assertThat(sent.providerMessageId())
        .isEqualTo(twilio.sent().get(0).messageSid())
        .matches("SM[0-9a-f]{32}");
    assertThat(sent.usedTemplate()).isFalse();
  }

  @Test
  void sendsTextThatNeedsEncodingUnchanged() throws Exception {
    String text = "チェックインは15時から & 朝食は7時〜10時 (100% 無料) + 😀";

    gateway().send(sms(text));

    assertThat(twilio.sent().get(0).param("Body")).isEqualTo(text);
  }

  @Test
  void asksForStatusCallbacksAtThePublicAddressWhenItIsKnown() throws Exception {
    gateway(OUR_NUMBER, "https://concierge.hotel.example/").send(sms("Hello"));

    assertThat(twilio.sent().get(0).param("StatusCallback"))
        .isEqualTo("https://concierge.hotel.example/webhooks/twilio/status");
  }

  @Test
  void prefixesBothNumbersForWhatsApp() throws Exception {
    gateway().send(whatsApp("ようこそ", true));

    assertThat(twilio.sent().get(0).param("To")).isEqualTo("whatsapp:" + GUEST);
    assertThat(twilio.sent().get(0).param("From")).isEqualTo("whatsapp:" + OUR_NUMBER);
  }

  @Test
  void aWhatsAppSenderStillSendsSmsWithoutThePrefix() throws Exception {
    TwilioMessagesGateway gateway = gateway("whatsapp:" + OUR_NUMBER, null);

    gateway.send(sms("Hello"));
    gateway.send(whatsApp("Hello", true));

    assertThat(twilio.sent().get(0).param("From")).isEqualTo(OUR_NUMBER);
    assertThat(twilio.sent().get(1).param("From")).isEqualTo("whatsapp:" + OUR_NUMBER);
  }

  @Test
  void refusesWhatsAppFreeTextOutsideTheServiceWindowWithoutCallingTwilio() {
    DeliveryFailure failure = failureOf(gateway(), whatsApp("Hello again", false));

    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure.getMessage()).contains("template");
    assertThat(twilio.sent()).isEmpty();
  }

  @Test
  void smsHasNoServiceWindow() throws Exception {
    OutgoingMessage late =
        new OutgoingMessage(3L, new ChannelAddress(Channel.SMS, GUEST), "Hello", false, "en");

    assertThat(gateway().send(late).providerMessageId()).startsWith("SM");
  }

  @Test
  void aRefusalIsPermanentAndCarriesTwilioMessage() {
    twilio.failWith(400);

    DeliveryFailure failure = failureOf(gateway(), sms("Hello"));

    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure.getMessage()).contains("Invalid 'To' Phone Number").contains("21211");
  }

  @Test
  void wrongCredentialsArePermanentAndDoNotShowTheToken() {
    TwilioMessagesGateway wrong =
        new TwilioMessagesGateway(
            new TwilioSettings(
                ACCOUNT_SID, "wrong-token-55aa", OUR_NUMBER, twilio.baseUrl(), TIMEOUT, null));

    DeliveryFailure failure = failureOf(wrong, sms("Hello"));

    assertThat(twilio.sent()).singleElement().extracting(r -> r.answeredStatus()).isEqualTo(401);
    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure.getMessage()).contains("Authenticate").doesNotContain("wrong-token-55aa");
  }

  @Test
  void serverErrorsAndRateLimitsAreWorthRetrying() {
    for (int status : new int[] {500, 503, 429}) {
      twilio.failWith(status);

      DeliveryFailure failure = failureOf(gateway(), sms("Hello"));

      assertThat(failure).as("HTTP %d", status).isNotNull();
      assertThat(failure.isPermanent()).as("HTTP %d", status).isFalse();
      assertThat(failure.getMessage()).as("HTTP %d", status).contains(String.valueOf(status));
    }
  }

  @Test
  void aSlowTwilioIsWorthRetrying() {
    twilio.answerSlowly(TIMEOUT.multipliedBy(3));

    long started = System.nanoTime();
    DeliveryFailure failure = failureOf(gateway(), sms("Hello"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(failure.isPermanent()).isFalse();
    assertThat(took).isLessThan(TIMEOUT.multipliedBy(3));
  }

  @Test
  void anUnreachableTwilioIsWorthRetrying() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    TwilioMessagesGateway unreachable =
        new TwilioMessagesGateway(
            new TwilioSettings(
                ACCOUNT_SID,
                AUTH_TOKEN,
                OUR_NUMBER,
                "http://127.0.0.1:" + closedPort,
                TIMEOUT,
                null));

    DeliveryFailure failure = failureOf(unreachable, sms("Hello"));

    assertThat(failure.isPermanent()).isFalse();
  }

  @Test
  void recoversWhenTwilioBehavesAgain() throws Exception {
    twilio.failWith(503);
    failureOf(gateway(), sms("Hello"));
    twilio.behave();

    assertThat(gateway().send(sms("Hello")).providerMessageId()).startsWith("SM");
  }

  @Test
  void noFailureMessageEverShowsTheToken() {
    for (int status : new int[] {400, 401, 404, 429, 500}) {
      twilio.failWith(status);
      assertThat(failureOf(gateway(), sms("Hello")).getMessage()).doesNotContain(AUTH_TOKEN);
    }
    twilio.behave().answerSlowly(TIMEOUT.multipliedBy(2));
    assertThat(failureOf(gateway(), sms("Hello")).getMessage()).doesNotContain(AUTH_TOKEN);
    assertThat(failureOf(gateway(), whatsApp("Hello", false)).getMessage())
        .doesNotContain(AUTH_TOKEN);
  }

  @Test
  void settingsNeverShowTheToken() {
    TwilioSettings settings =
        new TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, null, null, null);

    assertThat(settings.toString()).doesNotContain(AUTH_TOKEN).contains(ACCOUNT_SID);
    assertThat(settings.signature().toString()).doesNotContain(AUTH_TOKEN);
  }

  @Test
  void isSwitchedOffUntilSidTokenAndNumberAreAllSet() {
    assertThat(
            new TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, OUR_NUMBER, null, null, null).isEnabled())
        .isTrue();
    assertThat(new TwilioSettings(null, AUTH_TOKEN, OUR_NUMBER, null, null, null).isEnabled())
        .isFalse();
    assertThat(new TwilioSettings(ACCOUNT_SID, " ", OUR_NUMBER, null, null, null).isEnabled())
        .isFalse();
    assertThat(new TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, "", null, null, null).isEnabled())
        .isFalse();
  }

  @Test
  void aSwitchedOffGatewaySendsNothing() {
    TwilioMessagesGateway off =
        new TwilioMessagesGateway(
            new TwilioSettings(ACCOUNT_SID, null, OUR_NUMBER, twilio.baseUrl(), TIMEOUT, null));

    assertThat(off.isEnabled()).isFalse();
    assertThat(off.provider()).isEqualTo("twilio");
    assertThat(failureOf(off, sms("Hello")).isPermanent()).isTrue();
    assertThat(twilio.sent()).isEmpty();
  }

  @Test
  void theFallbackForAnOpenCircuitOrATimeoutIsARetry() {
    DeliveryFailure unavailable =
        catchThrowableOfType(() -> gateway().unavailable(sms("Hello")), DeliveryFailure.class);
    assertThat(unavailable.isPermanent()).isFalse();
  }
}
