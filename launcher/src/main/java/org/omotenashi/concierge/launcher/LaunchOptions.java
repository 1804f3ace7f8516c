package org.omotenashi.concierge.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start and where: the runtime, the directory holding the built artifacts ({@code
 * concierge.war}, {@code concierge.ear}, {@code payara-micro.jar}, {@code payara-server.zip}), the
 * data directory (embedded database, signing keys, Payara's own files), the HTTP port, and an
 * external database or none (then an embedded PostgreSQL is started in the data directory).
 *
 * <p>{@code environment} holds extra environment variables for the application server (which also
 * inherits this JVM's environment), such as {@code CONCIERGE_ADMIN_PASSWORD}. The launcher reads
 * its own settings there, and only there, so that a developer's shell cannot make two test systems
 * collide: {@code CONCIERGE_ADMIN_PORT} (Payara Server's admin port; any free port when unset),
 * {@code CONCIERGE_JAVA_OPTS} and {@code CONCIERGE_MICRO_OPTS} (Payara Micro), {@code
 * CONCIERGE_SERVER_CONFIG_DIR} (default: {@code server-config} in the runtime directory).
 *
 * @param httpPort the application's HTTP port; 0 picks a free one
 */
public record LaunchOptions(
    AppRuntime runtime,
    Path runtimeDir,
    Path dataDir,
    int httpPort,
    Optional<ExternalDatabase> database,
    Map<String, String> environment) {

  public LaunchOptions {
    Objects.requireNonNull(runtime, "runtime");
    runtimeDir = runtimeDir.toAbsolutePath().normalize();
    // Absolute, because the application server runs in another working directory.
    dataDir = dataDir.toAbsolutePath().normalize();
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("Not a port: " + httpPort);
    }
    database = Objects.requireNonNullElse(database, Optional.empty());
    environment = Map.copyOf(Objects.requireNonNullElse(environment, Map.of()));
  }

  /**
   * Starts a builder with the defaults of the repository: {@code launcher/target/runtime}, port 0.
   */
  public static Builder builder(AppRuntime runtime) {
    return new Builder(runtime);
  }

  /** A launcher setting, from {@link #environment()}. */
  Optional<String> setting(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  /** Builds {@link LaunchOptions} step by step; unset values take the defaults named per method. */
  public static final class Builder {
    private final AppRuntime runtime;
    private Path runtimeDir = Path.of("launcher", "target", "runtime");
    private Path dataDir = Path.of("data");
    private int httpPort;
    private Optional<ExternalDatabase> database = Optional.empty();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private Builder(AppRuntime runtime) {
      this.runtime = runtime;
    }

    /** Default: {@code launcher/target/runtime}, relative to the working directory. */
    public Builder runtimeDir(Path runtimeDir) {
      this.runtimeDir = runtimeDir;
      return this;
    }

    /** Default: {@code ./data}. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** Default: 0, any free port. */
    public Builder httpPort(int httpPort) {
      this.httpPort = httpPort;
      return this;
    }

    /** Payara Server's admin port (the console, asadmin); default: any free port. */
    public Builder adminPort(int adminPort) {
      return environment(Settings.ADMIN_PORT, Integer.toString(adminPort));
    }

    /** Default: none, so an embedded PostgreSQL in the data directory. */
    public Builder database(ExternalDatabase database) {
      this.database = Optional.ofNullable(database);
      return this;
    }

    /** An extra environment variable for the application server. */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    public LaunchOptions build() {
      return new LaunchOptions(runtime, runtimeDir, dataDir, httpPort, database, environment);
    }
  }
}
