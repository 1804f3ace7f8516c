package org.omotenashi.concierge.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.omotenashi.concierge.launcher.AppRuntime;
import org.omotenashi.concierge.launcher.ConciergeSystem;
import org.omotenashi.concierge.launcher.ExternalDatabase;
import org.omotenashi.concierge.launcher.LaunchOptions;

/**
 * Starts the whole system once per test JVM (that is, once per runtime: the failsafe execution sets
 * {@code concierge.it.runtime}) and hands it to tests as a {@link TestSystem} parameter. It is
 * stopped when the test run ends.
 *
 * <p>The database is an embedded PostgreSQL, or the one in {@code CONCIERGE_TEST_DB_URL} (with
 * {@code CONCIERGE_TEST_DB_USER} and {@code CONCIERGE_TEST_DB_PASSWORD}): an empty database, or one an
 * earlier run of these tests used.
 */
public class RunningSystem implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RunningSystem.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestSystem.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("system", key -> start("shared", externalDatabase()), TestSystem.class);
  }

  /**
   * Starts a system of its own, for a test that stops and restarts it or needs other settings;
   * always on an embedded database in a fresh data directory, so that it cannot disturb the shared
   * one. {@code settings} are environment variables of the application server.
   */
  public static TestSystem startPrivate(String name, Map<String, String> settings) {
    return start(name, Optional.empty(), settings);
  }

  public static TestSystem startPrivate(String name) {
    return startPrivate(name, Map.of());
  }

  private static TestSystem start(String name, Optional<ExternalDatabase> database) {
    return start(name, database, Map.of());
  }

  private static TestSystem start(
      String name, Optional<ExternalDatabase> database, Map<String, String> settings) {
    try {
      AppRuntime runtime = runtime();
      Path dataDir =
          Files.createDirectories(Path.of("target", "it-data"))
              .resolve(runtime.name().toLowerCase() + "-" + name + "-" + System.currentTimeMillis())
              .toAbsolutePath();
      LaunchOptions options =
          new LaunchOptions(
              runtime,
              Path.of(System.getProperty("concierge.runtime.dir", "../launcher/target/runtime"))
                  .toAbsolutePath()
                  .normalize(),
              dataDir,
              0,
              database,
              environment(settings));
      return new TestSystem(ConciergeSystem.start(options), options);
    } catch (Exception e) {
      throw new IllegalStateException("The system did not start", e);
    }
  }

  private static Map<String, String> environment(Map<String, String> settings) {
    Map<String, String> environment = new HashMap<>(settings);
    environment.put("CONCIERGE_ADMIN_PASSWORD", TestSystem.ADMIN_PASSWORD);
    return Map.copyOf(environment);
  }

  static AppRuntime runtime() {
    return AppRuntime.valueOf(System.getProperty("concierge.it.runtime", "MICRO"));
  }

  private static Optional<ExternalDatabase> externalDatabase() {
    return Optional.ofNullable(System.getenv("CONCIERGE_TEST_DB_URL"))
        .filter(url -> !url.isBlank())
        .map(
            url ->
                new ExternalDatabase(
                    url,
                    System.getenv().getOrDefault("CONCIERGE_TEST_DB_USER", "concierge"),
                    System.getenv().getOrDefault("CONCIERGE_TEST_DB_PASSWORD", "")));
  }
}
