package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The request log: one line per request with its correlation id, and no secrets. */
@ExtendWith(RunningSystem.class)
class RequestLogIT {

  @Test
  void eachRequestIsLoggedOnceWithTheCallersCorrelationId(TestSystem system) throws Exception {
    String requestId = "it-" + UUID.randomUUID();
    HttpResponse<String> response = getProperty(system, requestId, HttpRequest.newBuilder());

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
    Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(system.output()).containsOnlyOnce(requestId + " GET /api/v1/property 401"));
  }

  @Test
  void aRequestTurnedAwayForABadTokenIsLoggedToo(TestSystem system) throws Exception {
    String requestId = "it-" + UUID.randomUUID();
    HttpResponse<String> response =
        getProperty(system, requestId, HttpRequest.newBuilder().header("Authorization", "Bearer not.a.token"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
    Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(system.output()).containsOnlyOnce(requestId + " GET /api/v1/property 401"));
  }

  @Test
  void passwordsAndTokensNeverReachTheLog(TestSystem system) {
    ApiClient.Reply login = system.api().post("/api/v1/auth/login",
        Map.of("username", TestSystem.ADMIN_USERNAME, "password", TestSystem.ADMIN_PASSWORD));
    String accessToken = login.json().path("accessToken").asText();
    String refreshToken = login.json().path("refreshToken").asText();
    system.api().withToken(accessToken).get("/api/v1/property");
    system.api().post("/api/v1/auth/login", Map.of("username", "admin", "password", "a-wrong-guess-123"));

    // The log is read from the server's log file: wait until the last request has reached it.
    Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(system.output()).contains("POST /api/v1/auth/login 401"));
    assertThat(system.output()).doesNotContain(TestSystem.ADMIN_PASSWORD, "a-wrong-guess-123", accessToken, refreshToken);
  }

  private static HttpResponse<String> getProperty(
      TestSystem system, String requestId, HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(
        request.uri(system.baseUri().resolve("/api/v1/property")).header("X-Request-Id", requestId).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
