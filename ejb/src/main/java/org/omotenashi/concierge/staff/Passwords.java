package org.omotenashi.concierge.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Hashes and checks staff passwords with the platform's PBKDF2 implementation, and makes random
 * passwords for accounts created without one. The hash records its algorithm and iterations, so
 * raising the cost later keeps old hashes valid.
 */
@ApplicationScoped
public class Passwords {
  public static final int MIN_LENGTH = 12;

  /** No 0/O, 1/l/I: generated passwords are read off a log and typed by a person. */
  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int GENERATED_LENGTH = 16;
  private final SecureRandom random = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  /** A hash to check against when there is no account, so that both cases cost the same. */
  private String decoyHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    decoyHash = hash(generate());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of a real check, for a user name that has no account. */
  public void checkAgainstDecoy(String password) {
    matches(password, decoyHash);
  }

  public String generate() {
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
