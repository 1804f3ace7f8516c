package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators open staff accounts, which can then sign in. */
@ExtendWith(RunningSystem.class)
class StaffAccountsIT {

  @Test
  void anAdminOpensAnAccountThatCanSignIn(TestSystem system) {
    ApiClient admin = admin(system);
    String username = unique("agent");

    ApiClient.Reply created = admin.post("/api/v1/staff", Map.of("username", username,
        "name", "Yuki Mori", "role", "AGENT", "password", "a-long-password-1"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + username));
    assertThat(created.json().path("role").asText()).isEqualTo("AGENT");
    ApiClient.Reply me = system.api().signedInAs(username, "a-long-password-1").get("/api/v1/staff/me");
    assertThat(me.json().path("name").asText()).isEqualTo("Yuki Mori");
    assertThat(admin.get("/api/v1/staff").json().findValuesAsText("username")).contains(username, "admin");
  }

  @Test
  void aTakenUserNameIs409(TestSystem system) {
    ApiClient.Reply reply = admin(system).post("/api/v1/staff", Map.of("username", "admin",
        "name", "Someone Else", "role", "ADMIN", "password", "a-long-password-1"));

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aShortPasswordOrAnUnknownDepartmentIs422(TestSystem system) {
    ApiClient admin = admin(system);

    ApiClient.Reply shortPassword = admin.post("/api/v1/staff", Map.of("username", unique("short"),
        "name", "Short Password", "role", "AGENT", "password", "short"));
    ApiClient.Reply unknownDepartment = admin.post("/api/v1/staff", Map.of("username", unique("dept"),
        "name", "No Such Team", "role", "DEPARTMENT", "department", "LAUNDRY_ROBOTS",
        "password", "a-long-password-1"));

    assertThat(shortPassword.status()).isEqualTo(422);
    assertThat(shortPassword.json().path("detail").asText()).contains("password");
    assertThat(unknownDepartment.status()).isEqualTo(422);
    assertThat(unknownDepartment.json().path("detail").asText()).contains("HOUSEKEEPING");
  }

  @Test
  void aMissingRoleIs400NamingTheField(TestSystem system) {
    ApiClient.Reply reply = admin(system).post("/api/v1/staff", Map.of("username", unique("norole"),
        "name", "No Role", "password", "a-long-password-1"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").findValuesAsText("field")).containsExactly("role");
  }

  static ApiClient admin(TestSystem system) {
    return system.api().signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
