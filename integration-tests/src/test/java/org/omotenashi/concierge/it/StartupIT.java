package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh start: schema migrated, the demo hotel loaded, operations endpoints answering. */
@ExtendWith(RunningSystem.class)
class StartupIT {

  @Test
  void readinessReportsTheDatabaseUpWithMigrationsApplied(TestSystem system) {
    ApiClient.Reply ready = system.api().get("/health/ready");

    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().path("status").asText()).isEqualTo("UP");
    // The checks come in no particular order (the PMS has one too).
    JsonNode database = null;
    for (JsonNode check : ready.json().path("checks")) {
      if (check.path("name").asText().equals("database")) {
        database = check;
      }
    }
    assertThat(database).as("the database check").isNotNull();
    assertThat(database.path("status").asText()).isEqualTo("UP");
    assertThat(database.path("data").path("migrations").asText()).isEqualTo("applied");
    assertThat(system.api().get("/health/live").status()).isEqualTo(200);
  }

  @Test
  void theDemoHotelIsLoadedOnFirstStart(TestSystem system) {
    JsonNode property =
        system.api()
            .signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD)
            .get("/api/v1/property")
            .json();

    assertThat(property.path("name").asText()).isEqualTo("Hotel Sakura Kyoto");
    assertThat(property.path("timezone").asText()).isEqualTo("Asia/Tokyo");
    assertThat(property.path("currency").asText()).isEqualTo("JPY");
    List<String> codes = new ArrayList<>();
    int rooms = 0;
    for (JsonNode type : property.path("roomTypes")) {
      codes.add(type.path("code").asText());
      rooms += type.path("rooms").size();
    }
    assertThat(codes).containsExactly("STD-TWIN", "DLX-KING", "JPN-TATAMI", "GDN-SUITE");
    assertThat(rooms).isEqualTo(28);
    JsonNode suite = property.path("roomTypes").get(3);
    assertThat(suite.path("rate").path("amount").asInt()).isEqualTo(58000);
    assertThat(suite.path("weekendRate").path("amount").asInt()).isEqualTo(64000);
  }

  @Test
  void theFirstStartPrintsTheGeneratedStaffPasswordsOnce(TestSystem system) {
    String output = system.output();

    assertThat(output).contains("The demo hotel SAKURA-KYO is installed");
    assertThat(output).containsPattern("frontdesk\\s+AGENT\\s+password: [A-Za-z0-9]{16}");
    assertThat(output).containsPattern("housekeeping\\s+DEPARTMENT\\s+password: [A-Za-z0-9]{16}");
    // The admin password came from configuration: it is never written to the log.
    assertThat(output).doesNotContain(TestSystem.ADMIN_PASSWORD);
  }

  @Test
  void metricsAndOpenApiAreServed(TestSystem system) {
    // As Prometheus asks for it: /metrics answers 406 to a client that accepts only JSON.
    ApiClient.Reply metrics = system.api().get("/metrics", "text/plain");
    ApiClient.Reply openApi = system.api().get("/openapi");

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("# TYPE");
    assertThat(openApi.status()).isEqualTo(200);
    assertThat(openApi.text()).contains("/api/v1/auth/login").contains("/api/v1/property");
  }
}
