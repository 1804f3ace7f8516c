package org.omotenashi.concierge.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.omotenashi.concierge.platform.DataDirectory;

/**
 * The RSA key pair that signs staff access tokens. Either the files named by {@code
 * CONCIERGE_JWT_PRIVATE_KEY_FILE} and {@code CONCIERGE_JWT_PUBLIC_KEY_FILE} (PEM, PKCS#8 and X.509),
 * or a pair generated on first start and kept in {@code <data dir>/keys/}. Instances of a cluster
 * must share the pair: configure the files, or share the data directory.
 *
 * <p>A static holder rather than a bean, because {@link SigningKeyConfigSource} needs the public key
 * while MicroProfile Config is being built, before CDI is up.
 */
public final class SigningKeys {
  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  private static final int KEY_BITS = 2048;
  private static volatile SigningKeys instance;

  private final RSAPrivateKey privateKey;
  private final RSAPublicKey publicKey;
  private final String keyId;

  private SigningKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.keyId = Integer.toHexString(publicKey.getModulus().hashCode());
  }

  public static SigningKeys get() {
    SigningKeys keys = instance;
    if (keys == null) {
      synchronized (SigningKeys.class) {
        if (instance == null) {
          instance = load();
        }
        keys = instance;
      }
    }
    return keys;
  }

  public RSAPrivateKey privateKey() {
    return privateKey;
  }

  public RSAPublicKey publicKey() {
    return publicKey;
  }

  public String keyId() {
    return keyId;
  }

  public String publicKeyPem() {
    return pem("PUBLIC KEY", publicKey.getEncoded());
  }

  private static SigningKeys load() {
    Optional<Path> privateFile = setting("CONCIERGE_JWT_PRIVATE_KEY_FILE");
    Optional<Path> publicFile = setting("CONCIERGE_JWT_PUBLIC_KEY_FILE");
    if (privateFile.isPresent() != publicFile.isPresent()) {
      throw new IllegalStateException(
          "Set both CONCIERGE_JWT_PRIVATE_KEY_FILE and CONCIERGE_JWT_PUBLIC_KEY_FILE, or neither");
    }
    if (privateFile.isPresent()) {
      return read(privateFile.get(), publicFile.get());
    }
    Path directory = DataDirectory.path().resolve("keys");
    Path generatedPrivate = directory.resolve("jwt-private.pem");
    Path generatedPublic = directory.resolve("jwt-public.pem");
    if (!Files.exists(generatedPrivate)) {
      generate(directory, generatedPrivate, generatedPublic);
    }
    return read(generatedPrivate, generatedPublic);
  }

  private static Optional<Path> setting(String environmentName) {
    String propertyName = environmentName.toLowerCase().replace('_', '.');
    return Optional.ofNullable(System.getProperty(propertyName))
        .or(() -> Optional.ofNullable(System.getenv(environmentName)))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }

  private static synchronized void generate(Path directory, Path privateFile, Path publicFile) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(KEY_BITS);
      KeyPair pair = generator.generateKeyPair();
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, "jwt-private", ".tmp");
      trySetOwnerOnly(temporary);
      Files.writeString(temporary, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
      // The private key appears last and whole, so a crash never leaves half a key pair behind.
      Files.move(temporary, privateFile);
      LOG.info(() -> "Generated the token signing key pair in " + directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the signing keys to " + directory, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void trySetOwnerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's own permissions apply.
    }
  }

  private static SigningKeys read(Path privateFile, Path publicFile) {
    try {
      KeyFactory factory = KeyFactory.getInstance("RSA");
      var privateKey =
          (RSAPrivateKey)
              factory.generatePrivate(new PKCS8EncodedKeySpec(derOf(privateFile, "PRIVATE KEY")));
      var publicKey =
          (RSAPublicKey)
              factory.generatePublic(new X509EncodedKeySpec(derOf(publicFile, "PUBLIC KEY")));
      return new SigningKeys(privateKey, publicKey);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing keys", e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "The signing keys in " + privateFile + " and " + publicFile + " are not RSA PEM keys", e);
    }
  }

  private static byte[] derOf(Path file, String type) throws IOException {
    String body =
        Files.readString(file, StandardCharsets.US_ASCII)
            .replace("-----BEGIN " + type + "-----", "")
            .replace("-----END " + type + "-----", "")
            .replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }

  private static String pem(String type, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }
}
