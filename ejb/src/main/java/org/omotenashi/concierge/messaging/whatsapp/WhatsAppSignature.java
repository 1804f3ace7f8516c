package org.omotenashi.concierge.messaging.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's {@code X-Hub-Signature-256} header: {@code sha256=} followed by the hex HMAC-SHA256
 * of the raw request body, keyed with the app secret.
 *
 * <p>Invariants: the HMAC is computed over the bytes exactly as received (re-serialised JSON would
 * differ in whitespace and escapes); the comparison takes the same time wherever the first
 * difference is; a missing or malformed header, or a blank secret, never matches.
 */
public final class WhatsAppSignature {
  public static final String HEADER = "X-Hub-Signature-256";
  private static final String PREFIX = "sha256=";
  private static final int HEX_LENGTH = 64;
  private static final String ALGORITHM = "HmacSHA256";

  private WhatsAppSignature() {}

  /** Whether {@code header} is the signature of {@code body} under {@code appSecret}. */
  public static boolean matches(byte[] body, String header, String appSecret) {
    if (body == null || appSecret == null || appSecret.isBlank()) {
      return false;
    }
    byte[] given = parse(header);
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(hmac(body, appSecret), given);
  }

  /** The 32 bytes the header names, or null when it is not {@code sha256=<64 hex digits>}. */
  private static byte[] parse(String header) {
    if (header == null) {
      return null;
    }
    String value = header.strip();
    if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + HEX_LENGTH) {
      return null;
    }
    try {
      return HexFormat.of().parseHex(value, PREFIX.length(), value.length());
    } catch (IllegalArgumentException notHex) {
      return null;
    }
  }

  private static byte[] hmac(byte[] body, String appSecret) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      // Every JDK has HmacSHA256; reaching this is a broken runtime, not a bad request.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }
}
