package org.omotenashi.concierge.staff;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Gives MicroProfile JWT the public key of {@link SigningKeys} as {@code mp.jwt.verify.publickey},
 * so that the tokens this application signs are verified by the platform, whichever key source is in
 * use. Registered through {@code META-INF/services}.
 */
public class SigningKeyConfigSource implements ConfigSource {
  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(PUBLIC_KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(PUBLIC_KEY, SigningKeys.get().publicKeyPem());
  }

  @Override
  public String getValue(String propertyName) {
    return PUBLIC_KEY.equals(propertyName) ? SigningKeys.get().publicKeyPem() : null;
  }

  @Override
  public String getName() {
    return "concierge-signing-keys";
  }

  @Override
  public int getOrdinal() {
    return 150;
  }
}
