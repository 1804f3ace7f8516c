package org.omotenashi.concierge.messaging.twilio;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature ({@value #HEADER}), which proves that a webhook came from Twilio and
 * was not altered.
 *
 * <p>The signature is {@code Base64(HMAC-SHA1(authToken, url + params))} where {@code url} is the
 * full URL Twilio called, query string included and left exactly as it was (still percent-encoded,
 * query parameters not sorted), and {@code params} is every POST parameter (decoded) written as its
 * name immediately followed by its value, in the order of the names ({@link String#compareTo}, so
 * case-sensitive). A name that occurs several times contributes each of its values, the values in
 * sorted order, as in Twilio's Python and Node.js libraries. A missing value counts as the empty
 * string.
 *
 * <p>Twilio is known to sign sometimes with and sometimes without the standard port in the URL, so
 * (like Twilio's helper libraries) a signature is accepted when it matches the URL as given, the
 * URL without its port, or the URL with the scheme's default port added. Comparison takes the same
 * time wherever the strings differ.
 *
 * <p>Holds the auth token: never logged, not in {@link #toString()}.
 */
public final class TwilioSignature {
  public static final String HEADER = "X-Twilio-Signature";
  private static final String HMAC_SHA1 = "HmacSHA1";

  private final SecretKeySpec key;

  public TwilioSignature(String authToken) {
    Objects.requireNonNull(authToken, "authToken");
    if (authToken.isEmpty()) {
      throw new IllegalArgumentException("An empty auth token signs nothing");
    }
    this.key = new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
  }

  /** The signature Twilio sends for a POST of these form parameters to exactly this URL. */
  public String sign(String url, Map<String, ? extends List<String>> params) {
    StringBuilder data = new StringBuilder(url);
    params.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              List<String> values = new ArrayList<>();
              List<String> given = params.get(name);
              if (given == null || given.isEmpty()) {
                values.add("");
              } else {
                given.forEach(value -> values.add(value == null ? "" : value));
              }
              values.sort(null);
              values.forEach(value -> data.append(name).append(value));
            });
    try {
      Mac mac = Mac.getInstance(HMAC_SHA1);
      mac.init(key);
      byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      // Every Java runtime must provide HmacSHA1.
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /**
   * Whether {@code signature} (the header's value, possibly null) is Twilio's for this request.
   *
   * @param url the URL Twilio called, as configured at Twilio (scheme, host, path and query)
   */
  public boolean isValid(String url, Map<String, ? extends List<String>> params, String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    byte[] given = signature.strip().getBytes(StandardCharsets.UTF_8);
    boolean valid = false;
    // Every variant is checked, not only until the first match, so the time taken does not tell
    // which one matched.
    for (String candidate : urlVariants(url)) {
      byte[] expected = sign(candidate, params).getBytes(StandardCharsets.UTF_8);
      valid |= MessageDigest.isEqual(expected, given);
    }
    return valid;
  }

  /** The URL as given, without its port, and with the scheme's default port. */
  static Set<String> urlVariants(String url) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(url);
    try {
      URI uri = new URI(url);
      String authority = uri.getRawAuthority();
      String scheme = uri.getScheme();
      if (authority == null
          || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        return variants;
      }
      String prefix = scheme + "://" + authority;
      if (!url.startsWith(prefix)) {
        return variants;
      }
      String rest = url.substring(prefix.length());
      if (uri.getPort() != -1) {
        String withoutPort = authority.substring(0, authority.lastIndexOf(':'));
        variants.add(scheme + "://" + withoutPort + rest);
      } else {
        int defaultPort = "https".equalsIgnoreCase(scheme) ? 443 : 80;
        variants.add(prefix + ":" + defaultPort + rest);
      }
    } catch (URISyntaxException e) {
      // A URL that does not parse is only compared as it is.
    }
    return variants;
  }

  @Override
  public String toString() {
    return "TwilioSignature[authToken=***]";
  }
}
