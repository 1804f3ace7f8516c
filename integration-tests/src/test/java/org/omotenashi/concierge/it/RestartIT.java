package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What staff change (accounts, rates, message templates) survives a restart of the whole system (application server and database); runs
 * a system of its own so that stopping it disturbs no other test.
 */
class RestartIT {

  @Test
  void aNewStaffAccountANewRateAndAnEditedTemplateSurviveARestart() throws Exception {
    try (TestSystem system = RunningSystem.startPrivate("restart")) {
      ApiClient admin = StaffAccountsIT.admin(system);
      String username = StaffAccountsIT.unique("night");
      assertThat(admin.post("/api/v1/staff", Map.of("username", username, "name", "Night Manager",
          "role", "AGENT", "password", "a-long-password-1")).status()).isEqualTo(201);
      String demo = Files.readString(PropertyImportIT.DEMO_FILE);
      assertThat(admin.put("/api/v1/property", "application/yaml",
          demo.replace("rate: 32000", "rate: 33000")).status()).isEqualTo(200);

      // The shipped texts are installed again at every start: an edited one must be left alone.
      assertThat(admin.put("/api/v1/templates/goodbye.thanks/en", "application/json",
          "{\"text\": \"Thank you, and see you soon at {hotelName}.\"}").status()).isEqualTo(200);

      String tokenFromBefore = system.api().post("/api/v1/auth/login",
          Map.of("username", username, "password", "a-long-password-1")).json().path("accessToken").asText();

      system.restart();

      // The signing keys are kept too: a token issued before the restart is still good.
      assertThat(system.api().withToken(tokenFromBefore).get("/api/v1/staff/me").status()).isEqualTo(200);
      ApiClient again = system.api().signedInAs(username, "a-long-password-1");
      assertThat(again.get("/api/v1/staff/me").json().path("name").asText()).isEqualTo("Night Manager");
      assertThat(PropertyImportIT.rateOf(again, "JPN-TATAMI")).isEqualTo(33000);
      var goodbye = StaffAccountsIT.admin(system).get("/api/v1/templates/goodbye.thanks/en").json();
      assertThat(goodbye.path("activeVersion").asInt()).isEqualTo(2);
      assertThat(goodbye.path("versions")).hasSize(2);
      assertThat(goodbye.path("preview").asText()).isEqualTo("Thank you, and see you soon at Hotel Sakura Kyoto.");
    }
  }
}
