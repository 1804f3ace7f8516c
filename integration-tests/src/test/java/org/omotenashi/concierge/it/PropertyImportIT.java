package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Loading a property file through the admin endpoint, as a hotel loads its own. */
@ExtendWith(RunningSystem.class)
class PropertyImportIT {
  static final Path DEMO_FILE = Path.of("../ejb/src/main/resources/demo/demo-hotel.yaml");

  @Test
  void reimportingTheFileWithANewRateChangesTheRate(TestSystem system) throws Exception {
    ApiClient admin = StaffAccountsIT.admin(system);
    String demo = Files.readString(DEMO_FILE);
    try {
      ApiClient.Reply reply =
          admin.put("/api/v1/property", "application/yaml", demo.replace("rate: 18000", "rate: 19500"));

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("created").asBoolean()).isFalse();
      assertThat(reply.json().path("accounts").size()).isZero();
      assertThat(rateOf(admin, "STD-TWIN")).isEqualTo(19500);
    } finally {
      admin.put("/api/v1/property", "application/yaml", demo);
    }
    assertThat(rateOf(admin, "STD-TWIN")).isEqualTo(18000);
  }

  @Test
  void anInvalidFileIs422NamingTheField(TestSystem system) throws Exception {
    String broken = Files.readString(DEMO_FILE).replace("rate: 26000", "rate: lots");

    ApiClient.Reply reply = StaffAccountsIT.admin(system).put("/api/v1/property", "application/yaml", broken);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().path("detail").asText()).isEqualTo("room_types[1].rate must be an amount of zero or more");
  }

  @Test
  void aFileOfAnotherPropertyIsRefused(TestSystem system) throws Exception {
    String other = Files.readString(DEMO_FILE).replace("code: SAKURA-KYO", "code: OTHER-HOTEL");

    ApiClient.Reply reply = StaffAccountsIT.admin(system).put("/api/v1/property", "application/yaml", other);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().path("detail").asText()).contains("SAKURA-KYO");
  }

  @Test
  void textThatIsNotYamlIs422(TestSystem system) {
    ApiClient.Reply reply =
        StaffAccountsIT.admin(system).put("/api/v1/property", "application/yaml", "property: [unclosed");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().path("detail").asText()).startsWith("The property file is not valid YAML");
  }

  static int rateOf(ApiClient admin, String roomType) {
    for (JsonNode type : admin.get("/api/v1/property").json().path("roomTypes")) {
      if (type.path("code").asText().equals(roomType)) {
        return type.path("rate").path("amount").asInt();
      }
    }
    throw new AssertionError("No room type " + roomType);
  }
}
