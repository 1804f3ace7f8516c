package org.omotenashi.concierge.messaging.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.ChannelAddress;
import org.omotenashi.concierge.messaging.DeliveryFailure;
import org.omotenashi.concierge.messaging.OutgoingMessage;
import org.omotenashi.concierge.messaging.SentMessage;

class WhatsAppCloudGatewayTest {
  private static final ChannelAddress GUEST = new ChannelAddress(Channel.WHATSAPP, "+818012345678");

  private FakeWhatsAppGraph graph;

  @BeforeEach
  void startGraph() {
    graph = FakeWhatsAppGraph.start(TestSettings.ACCESS_TOKEN, TestSettings.PHONE_NUMBER_ID);
  }

  @AfterEach
  void stopGraph() {
    graph.close();
  }

  @Test
  void namesItsProvider() {
    assertThat(gateway(settings()).provider()).isEqualTo("whatsapp-cloud");
  }

  @Test
  void isEnabledOnlyWithCompleteSettings() {
    assertThat(gateway(settings()).isEnabled()).isTrue();
    assertThat(gateway(settings().accessToken(null)).isEnabled()).isFalse();
  }

  @Test
  void sendsTextInsideTheServiceWindow() throws DeliveryFailure {
    SentMessage sent = gateway(settings()).send(inside("Check-in is from 15:00."));

    JsonObject expected =
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("recipient_type", "individual")
            .add("to", "818012345678")
            .add("type", "text")
            .add(
                "text",
                Json.createObjectBuilder()
                    .add("preview_url", false)
                    .add("body", "Check-in is from 15:00."))
            .build();
    assertThat(graph.sent()).containsExactly(expected);
    assertThat(graph.versions()).containsExactly("v21.0");
    assertThat(sent.usedTemplate()).isFalse();
    assertThat(sent.providerMessageId()).startsWith("wamid.");
  }

  @Test
  void answersWhatsAppsIdForEachMessage() throws DeliveryFailure {
    WhatsAppCloudGateway gateway = gateway(settings());

    String first = gateway.send(inside("one")).providerMessageId();
    String second = gateway.send(inside("two")).providerMessageId();

    assertThat(first).isNotEqualTo(second);
    assertThat(graph.sent()).hasSize(2);
  }

  @Test
  void sendsTheTemplateOutsideTheServiceWindow() throws DeliveryFailure {
    SentMessage sent = gateway(settings().template("guest_follow_up", "ja")).send(outside("en"));

    JsonObject expected =
        Json.createObjectBuilder()
            .add("messaging_product", "whatsapp")
            .add("to", "818012345678")
            .add("type", "template")
            .add(
                "template",
                Json.createObjectBuilder()
                    .add("name", "guest_follow_up")
                    .add("language", Json.createObjectBuilder().add("code", "ja")))
            .build();
    assertThat(graph.sent()).containsExactly(expected);
    assertThat(sent.usedTemplate()).isTrue();
    assertThat(sent.providerMessageId()).startsWith("wamid.");
  }

  @Test
  void sendsTheTemplateInTheConversationsLanguageWhenNoneIsConfigured() throws DeliveryFailure {
    gateway(settings().template("guest_follow_up", null)).send(outside("es"));

    assertThat(graph.sent().get(0).getJsonObject("template").getJsonObject("language"))
        .isEqualTo(Json.createObjectBuilder().add("code", "es").build());
  }

  @Test
  void refusesForGoodOutsideTheWindowWithoutATemplate() {
    DeliveryFailure failure = failure(gateway(settings()), outside("en"));

    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure)
        .hasMessage(
            "Outside WhatsApp's 24-hour window and no template is configured: a staff member"
                + " must reply with a template");
    assertThat(graph.requestCount()).isZero();
  }

  @Test
  void refusesForGoodAnAddressThatIsNotAWhatsAppNumber() {
    OutgoingMessage toWebChat =
        new OutgoingMessage(7, new ChannelAddress(Channel.WEBCHAT, "guest-42"), "Hi", true, "en");

    DeliveryFailure failure = failure(gateway(settings()), toWebChat);

    assertThat(failure.isPermanent()).isTrue();
    assertThat(graph.requestCount()).isZero();
  }

  @Test
  void sendsTheAccessTokenAsABearerToken() throws DeliveryFailure {
    gateway(settings()).send(inside("hello"));
    DeliveryFailure failure =
        failure(gateway(settings().accessToken("EAAGsomeoneElse")), inside("hello"));

    // The fake accepts only "Authorization: Bearer <its token>"; anything else is a 401.
    assertThat(graph.sent()).hasSize(1);
    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure).hasMessageContaining("HTTP 401").hasMessageContaining("error 190");
  }

  @Test
  void postsToItsOwnPhoneNumber() {
    DeliveryFailure failure = failure(gateway(settings().phoneNumberId("999")), inside("hello"));

    assertThat(failure.isPermanent()).isTrue();
    assertThat(graph.sent()).isEmpty();
  }

  @Test
  void treatsABadRequestAsPermanentAndSaysWhatGraphSaid() {
    graph.failWith(400, 131009, "(#131009) Parameter value is not valid");

    DeliveryFailure failure = failure(gateway(settings()), inside("hello"));

    assertThat(failure.isPermanent()).isTrue();
    assertThat(failure)
        .hasMessageContaining("(#131009) Parameter value is not valid")
        .hasMessageContaining("HTTP 400");
  }

  @Test
  void treatsAnExpiredTokenAsPermanent() {
    graph.failWith(401);

    assertThat(failure(gateway(settings()), inside("hello")).isPermanent()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 429})
  void treatsServerErrorsAndTooManyRequestsAsTransient(int status) {
    graph.failWith(status);

    DeliveryFailure failure = failure(gateway(settings()), inside("hello"));

    assertThat(failure.isPermanent()).isFalse();
    assertThat(failure).hasMessageContaining("HTTP " + status);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 80007, 130429, 131048, 131056})
  void treatsThrottlingReportedAsBadRequestAsTransient(int graphCode) {
    graph.failWith(400, graphCode, "(#" + graphCode + ") Rate limit hit");

    assertThat(failure(gateway(settings()), inside("hello")).isPermanent()).isFalse();
  }

  @Test
  void treatsASlowAnswerAsTransient() {
    graph.answerSlowly(Duration.ofSeconds(3));

    long started = System.nanoTime();
    DeliveryFailure failure =
        failure(gateway(settings().timeout(Duration.ofMillis(300))), inside("hello"));

    assertThat(failure.isPermanent()).isFalse();
    assertThat(failure).hasMessageContaining("did not answer within PT0.3S");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void sendsAgainOnceTheGraphBehaves() throws DeliveryFailure {
    WhatsAppCloudGateway gateway = gateway(settings());
    graph.failWith(503);
    assertThat(failure(gateway, inside("first try")).isPermanent()).isFalse();

    graph.behave();

    assertThat(gateway.send(inside("second try")).providerMessageId()).startsWith("wamid.");
  }

  @Test
  void treatsAnUnreachableApiAsTransient() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    DeliveryFailure failure =
        failure(gateway(settings().baseUrl("http://127.0.0.1:" + closedPort)), inside("hello"));

    assertThat(failure.isPermanent()).isFalse();
  }

  @Test
  void neverShowsTheAccessTokenInAFailure() {
    // Should Graph ever quote the token, the failure text must still not carry it.
    graph.failWith(400, 190, "Malformed access token " + TestSettings.ACCESS_TOKEN);

    DeliveryFailure failure = failure(gateway(settings()), inside("hello"));

    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(TestSettings.ACCESS_TOKEN);
    }
    assertThat(failure).hasMessageContaining("Malformed access token (access token)");
  }

  @Test
  void neverShowsTheAccessTokenWhenTheApiIsUnreachable() {
    graph.answerSlowly(Duration.ofSeconds(2));

    DeliveryFailure failure =
        failure(gateway(settings().timeout(Duration.ofMillis(200))), inside("hello"));

    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      assertThat(String.valueOf(cause.getMessage())).doesNotContain(TestSettings.ACCESS_TOKEN);
    }
  }

  private TestSettings settings() {
    return TestSettings.complete().baseUrl(graph.baseUrl());
  }

  private static WhatsAppCloudGateway gateway(TestSettings settings) {
    return new WhatsAppCloudGateway(settings.build());
  }

  private static OutgoingMessage inside(String text) {
    return new OutgoingMessage(42, GUEST, text, true, "en");
  }

  private static OutgoingMessage outside(String language) {
    return new OutgoingMessage(43, GUEST, "We have your towels ready.", false, language);
  }

  private static DeliveryFailure failure(WhatsAppCloudGateway gateway, OutgoingMessage message) {
    DeliveryFailure failure =
        catchThrowableOfType(DeliveryFailure.class, () -> gateway.send(message));
    assertThat(failure).as("the send should have failed").isNotNull();
    return failure;
  }
}
