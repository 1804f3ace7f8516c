package org.omotenashi.concierge.staff;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs staff in: checks the password, issues an RS256 access token in the MicroProfile JWT format
 * (the role as its only group) and a one-time refresh token.
 */
@Stateless
public class TokenService {
  private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject StaffService staff;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "concierge.auth.access-token-lifetime", defaultValue = "PT15M")
  Duration accessTokenLifetime;

  @Inject
  @ConfigProperty(name = "concierge.auth.refresh-token-lifetime", defaultValue = "PT12H")
  Duration refreshTokenLifetime;

  public IssuedTokens login(String username, String password) {
    StaffAccount account =
        staff
            .authenticate(username, password)
            .orElseThrow(() -> new AuthenticationFailedException("Wrong user name or password"));
    return issue(account);
  }

  /**
   * Trades a refresh token for a new pair. A token is good once: if a used one comes back, someone
   * else may hold a copy, so every outstanding refresh token of that account is withdrawn.
   */
  public IssuedTokens refresh(String refreshToken) {
    Instant now = clock.instant();
    RefreshToken token =
        em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class)
            .setParameter("hash", sha256(refreshToken))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AuthenticationFailedException("Unknown refresh token"));
    if (token.isUsed()) {
      em.createNamedQuery(RefreshToken.EXPIRE_ALL_OF)
          .setParameter("staff", token.getStaff())
          .setParameter("now", now)
          .executeUpdate();
      LOG.warning(
          () ->
              "A used refresh token of "
                  + token.getStaff().getUsername()
                  + " was presented again; all of its refresh tokens are withdrawn");
      throw new AuthenticationFailedException("Refresh token already used");
    }
    if (token.isExpired(now) || !token.getStaff().isActive()) {
      throw new AuthenticationFailedException("Refresh token expired");
    }
    token.markUsed(now);
    return issue(token.getStaff());
  }

  private IssuedTokens issue(StaffAccount account) {
    Instant now = clock.instant();
    String refreshToken = randomToken();
    em.persist(
        new RefreshToken(sha256(refreshToken), account, now, now.plus(refreshTokenLifetime)));
    return new IssuedTokens(accessToken(account, now), refreshToken, accessTokenLifetime);
  }

  private String accessToken(StaffAccount account, Instant now) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(account.getUsername())
            .claim("upn", account.getUsername())
            .claim("name", account.getDisplayName())
            .claim("groups", List.of(account.getRole().name()))
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(accessTokenLifetime)));
    account.findDepartmentCode().ifPresent(code -> claims.claim("department", code));
    SigningKeys keys = SigningKeys.get();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(keys.keyId())
                .build(),
            claims.build());
    try {
      jwt.sign(new RSASSASigner(keys.privateKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an access token", e);
    }
    return jwt.serialize();
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
