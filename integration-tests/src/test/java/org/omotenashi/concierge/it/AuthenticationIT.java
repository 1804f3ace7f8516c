package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff sign-in and the MP-JWT checks on staff endpoints. */
@ExtendWith(RunningSystem.class)
class AuthenticationIT {
  private static final String ISSUER = "omotenashi-concierge";

  @Test
  void theRightPasswordGivesABearerTokenPair(TestSystem system) {
    ApiClient.Reply reply =
        system.api().post("/api/v1/auth/login",
            Map.of("username", TestSystem.ADMIN_USERNAME, "password", TestSystem.ADMIN_PASSWORD));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("tokenType").asText()).isEqualTo("Bearer");
    assertThat(reply.json().path("expiresIn").asInt()).isEqualTo(900);
    assertThat(reply.json().path("refreshToken").asText()).isNotBlank();
    assertThat(system.api().withToken(reply.json().path("accessToken").asText())
        .get("/api/v1/property").status()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordOrUnknownUserGets401(TestSystem system) {
    ApiClient.Reply wrongPassword =
        system.api().post("/api/v1/auth/login", Map.of("username", "admin", "password", "not-the-password"));
    ApiClient.Reply unknownUser =
        system.api().post("/api/v1/auth/login", Map.of("username", "nobody", "password", "whatever-it-is"));

    for (ApiClient.Reply reply : List.of(wrongPassword, unknownUser)) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().path("detail").asText()).isEqualTo("Wrong user name or password");
    }
  }

  @Test
  void aStaffEndpointRefusesAMissingToken(TestSystem system) {
    ApiClient.Reply reply = system.api().get("/api/v1/property");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("status").asInt()).isEqualTo(401);
  }

  @Test
  void aStaffEndpointRefusesAnExpiredToken(TestSystem system) throws Exception {
    Instant past = Instant.now().minusSeconds(3600);
    String expired = sign(serverKey(system), claims("admin", "ADMIN", past, past.plusSeconds(900)));

    assertThat(system.api().withToken(expired).get("/api/v1/property").status()).isEqualTo(401);
  }

  @Test
  void aStaffEndpointRefusesATamperedToken(TestSystem system) {
    String token = system.api().post("/api/v1/auth/login",
        Map.of("username", TestSystem.ADMIN_USERNAME, "password", TestSystem.ADMIN_PASSWORD))
        .json().path("accessToken").asText();
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    String forgedPayload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.replace("Aiko Tanaka", "Mallory").getBytes());

    ApiClient.Reply reply = system.api().withToken(parts[0] + "." + forgedPayload + "." + parts[2])
        .get("/api/v1/property");

    assertThat(payload).contains("Aiko Tanaka");
    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void aStaffEndpointRefusesATokenSignedWithAnotherKey(TestSystem system) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    Instant now = Instant.now();
    String forged = sign(generator.generateKeyPair().getPrivate(),
        claims("admin", "ADMIN", now, now.plusSeconds(900)));

    assertThat(system.api().withToken(forged).get("/api/v1/property").status()).isEqualTo(401);
  }

  @Test
  void aTokenSignedWithTheServerKeyIsAccepted(TestSystem system) throws Exception {
    // The control for the two tests above: same claims, right key, valid times.
    Instant now = Instant.now();
    String valid = sign(serverKey(system), claims("admin", "ADMIN", now, now.plusSeconds(900)));

    assertThat(system.api().withToken(valid).get("/api/v1/property").status()).isEqualTo(200);
  }

  @Test
  void aDepartmentMemberIsForbiddenWhereOnlyAnAdminMayGo(TestSystem system) {
    ApiClient admin = system.api().signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
    String username = "hk-" + UUID.randomUUID().toString().substring(0, 8);
    admin.post("/api/v1/staff", Map.of("username", username, "name", "Test Housekeeper",
        "role", "DEPARTMENT", "department", "HOUSEKEEPING", "password", "long-enough-password"));
    ApiClient member = system.api().signedInAs(username, "long-enough-password");

    assertThat(member.get("/api/v1/property").status()).isEqualTo(200);
    ApiClient.Reply staffList = member.get("/api/v1/staff");
    assertThat(staffList.status()).isEqualTo(403);
    assertThat(staffList.contentType()).startsWith("application/problem+json");
    assertThat(member.put("/api/v1/property", "application/yaml", "property: {}").status()).isEqualTo(403);
  }

  @Test
  void aRefreshTokenGivesANewPairOnceAndItsReuseWithdrawsTheNewOne(TestSystem system) {
    ApiClient api = system.api();
    String first = api.post("/api/v1/auth/login",
        Map.of("username", TestSystem.ADMIN_USERNAME, "password", TestSystem.ADMIN_PASSWORD))
        .json().path("refreshToken").asText();

    ApiClient.Reply refreshed = api.post("/api/v1/auth/refresh", Map.of("refreshToken", first));
    assertThat(refreshed.status()).isEqualTo(200);
    assertThat(api.withToken(refreshed.json().path("accessToken").asText())
        .get("/api/v1/property").status()).isEqualTo(200);
    String second = refreshed.json().path("refreshToken").asText();

    assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", first)).status()).isEqualTo(401);
    // Reuse of the first token means it may have been stolen: the one issued after it is withdrawn too.
    assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", second)).status()).isEqualTo(401);
    assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", "made-up")).status()).isEqualTo(401);
  }

  private static JWTClaimsSet claims(String user, String role, Instant issued, Instant expires) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(user)
        .claim("upn", user)
        .claim("groups", List.of(role))
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(issued))
        .expirationTime(Date.from(expires))
        .build();
  }

  private static String sign(PrivateKey key, JWTClaimsSet claims) throws Exception {
    // Payara's MP-JWT refuses a token whose header does not say typ JWT, as the server's own do.
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  /** The key the server generated on first start, in its data directory. */
  private static PrivateKey serverKey(TestSystem system) throws Exception {
    String pem = Files.readString(system.dataDir().resolve("keys/jwt-private.pem"));
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
  }
}
