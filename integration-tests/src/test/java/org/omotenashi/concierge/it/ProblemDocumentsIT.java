package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every error is an RFC 9457 problem document with the right status, never an HTML page. */
@ExtendWith(RunningSystem.class)
class ProblemDocumentsIT {

  @Test
  void anUnknownApiAddressIs404(TestSystem system) {
    assertProblem(system.api().get("/api/v1/no-such-thing"), 404);
  }

  @Test
  void anUnknownAddressOutsideTheApiIs404Too(TestSystem system) {
    assertProblem(system.api().get("/no-such-page"), 404);
  }

  @Test
  void aWrongMethodIs405AndSaysWhichAreAllowed(TestSystem system) {
    ApiClient.Reply reply = system.api().delete("/api/v1/auth/login");

    assertProblem(reply, 405);
    assertThat(reply.json().path("detail").asText()).contains("POST");
  }

  @Test
  void malformedJsonIs400(TestSystem system) {
    ApiClient.Reply reply =
        system.api().postRaw("/api/v1/auth/login", "application/json", "{\"username\": ");

    assertProblem(reply, 400);
    assertThat(reply.json().path("title").asText()).isEqualTo("Malformed JSON");
  }

  @Test
  void invalidFieldsAre400AndNamed(TestSystem system) {
    ApiClient.Reply reply =
        system.api().postRaw("/api/v1/auth/login", "application/json", "{\"username\": \"\"}");

    assertProblem(reply, 400);
    assertThat(reply.json().path("errors").findValuesAsText("field"))
        .containsExactly("password", "username");
  }

  @Test
  void everyAnswerCarriesACorrelationIdAndKeepsTheCallersOne(TestSystem system) {
    assertThat(system.api().get("/api/v1/no-such-thing").header("X-Request-Id")).isPresent();
  }

  private static void assertProblem(ApiClient.Reply reply, int status) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().path("status").asInt()).isEqualTo(status);
    assertThat(reply.json().path("title").asText()).isNotBlank();
    assertThat(reply.json().path("type").asText()).startsWith("https://");
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("<html");
  }
}
