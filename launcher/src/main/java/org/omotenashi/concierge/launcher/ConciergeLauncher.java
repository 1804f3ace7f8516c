package org.omotenashi.concierge.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line behind {@code ./concierge}: {@code run}, {@code server}, {@code
 * import-property}, {@code benchmark-startup} and {@code help}. Settings come from {@code
 * CONCIERGE_*} environment variables, listed by {@code help} and in {@code
 * server-config/concierge.env.example}.
 */
public final class ConciergeLauncher {
  /** Held, because the logging framework keeps only weak references to configured loggers. */
  private static final Logger ZONKY = Logger.getLogger("io.zonky");

  private static final String HELP =
      """
      Omotenashi Concierge: hotel guest messaging.

      Usage: ./concierge COMMAND

        run                   the WAR on Payara Micro, at http://localhost:8080
        server                the EAR on a Payara Server domain of its own (in the data
                              directory), admin console at http://localhost:4848
        import-property FILE  loads a property file (the shape of demo-hotel.yaml) into the
                              running system at CONCIERGE_URL (default http://localhost:8080),
                              signing in as admin with CONCIERGE_ADMIN_PASSWORD (asked when unset)
        benchmark-startup [--runs N] [--runtime micro|server|all] [--base-dir DIR]
                              measures start-up time and memory, fresh and again (Markdown)
        help                  this text

      run and server build what is missing first (unless CONCIERGE_SKIP_BUILD=1), start an
      embedded PostgreSQL in the data directory unless CONCIERGE_DB_URL names a database, and print
      the addresses and, on the first start, the staff passwords. Ctrl-C stops everything.

      Settings (environment variables; server-config/concierge.env.example explains each):
        CONCIERGE_DATA_DIR        embedded database, signing keys, Payara files; default ./data
        CONCIERGE_HTTP_PORT       HTTP port; default 8080
        CONCIERGE_ADMIN_PORT      Payara Server's admin port (server); default 4848
        CONCIERGE_DB_URL, CONCIERGE_DB_USER, CONCIERGE_DB_PASSWORD   an external PostgreSQL
        CONCIERGE_ADMIN_PASSWORD  admin's password on the first start (else random, printed once)
        CONCIERGE_JAVA_OPTS       JVM options of Payara Micro (run);
                                  default -XX:+UseSerialGC -XX:TieredStopAtLevel=1
        CONCIERGE_MICRO_OPTS      extra Payara Micro options (run)

      To load a file of settings:  set -a; . ./server-config/concierge.env; set +a
      """;

  private ConciergeLauncher() {}

  public static void main(String[] args) throws Exception {
    configureLogging();
    String command = args.length == 0 ? "help" : args[0];
    List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    int status;
    try {
      status = run(command, rest);
    } catch (IllegalArgumentException e) {
      // A setting or an argument that does not parse: the message says which.
      System.err.println("concierge " + command + ": " + e.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  private static int run(String command, List<String> args) throws Exception {
    return switch (command) {
      case "run" -> ForegroundRun.run(optionsFromEnvironment(AppRuntime.MICRO));
      case "server" -> ForegroundRun.run(optionsFromEnvironment(AppRuntime.SERVER));
      case "import-property" -> importProperty(args);
      case "benchmark-startup" -> benchmark(args);
      case "help", "-h", "--help" -> {
        System.out.print(HELP);
        yield 0;
      }
      default -> {
        System.err.println("Unknown command: " + command);
        System.err.print(HELP);
        yield 2;
      }
    };
  }

  static LaunchOptions optionsFromEnvironment(AppRuntime runtime) throws URISyntaxException {
    LaunchOptions.Builder options =
        LaunchOptions.builder(runtime)
            .runtimeDir(runtimeDir())
            .dataDir(Path.of(env(Settings.DATA_DIR).orElse("data")))
            .httpPort(port(Settings.HTTP_PORT, 8080));
    if (runtime == AppRuntime.SERVER) {
      options.adminPort(port(Settings.ADMIN_PORT, 4848));
    }
    for (String name :
        List.of(Settings.JAVA_OPTS, Settings.MICRO_OPTS, Settings.SERVER_CONFIG_DIR)) {
      env(name).ifPresent(value -> options.environment(name, value));
    }
    env(Settings.DB_URL)
        .ifPresent(
            url ->
                options.database(
                    new ExternalDatabase(
                        url,
                        env(Settings.DB_USER).orElse("concierge"),
                        env(Settings.DB_PASSWORD).orElse(""))));
    return options.build();
  }

  private static int importProperty(List<String> args) throws Exception {
    if (args.size() != 1) {
      System.err.println("Usage: ./concierge import-property FILE");
      return 2;
    }
    return PropertyImporter.run(Path.of(args.get(0)));
  }

  private static int benchmark(List<String> args) throws Exception {
    int runs = 3;
    List<AppRuntime> runtimes = List.of(AppRuntime.MICRO, AppRuntime.SERVER);
    Path baseDir = null;
    for (int i = 0; i < args.size(); i++) {
      String value = i + 1 < args.size() ? args.get(i + 1) : "";
      switch (args.get(i)) {
        case "--runs" -> runs = Integer.parseInt(value);
        case "--runtime" ->
            runtimes =
                value.equalsIgnoreCase("all")
                    ? runtimes
                    : List.of(AppRuntime.valueOf(value.toUpperCase()));
        case "--base-dir" -> baseDir = Path.of(value).toAbsolutePath();
        default -> {
          System.err.println("Unknown option: " + args.get(i));
          return 2;
        }
      }
      i++;
    }
    if (baseDir == null) {
      baseDir = Files.createTempDirectory("concierge-benchmark-");
    }
    Map<String, String> environment = new HashMap<>();
    env(Settings.JAVA_OPTS).ifPresent(value -> environment.put(Settings.JAVA_OPTS, value));
    env(Settings.SERVER_CONFIG_DIR)
        .ifPresent(value -> environment.put(Settings.SERVER_CONFIG_DIR, value));
    StartupBenchmark benchmark = new StartupBenchmark(runtimeDir(), baseDir, environment);
    System.out.println("Machine: " + benchmark.machine());
    System.out.println("Data directories under " + baseDir + "; " + runs + " run(s) per runtime");
    List<StartupBenchmark.Sample> samples = benchmark.measure(runtimes, runs);
    System.out.println();
    System.out.print(StartupBenchmark.report(samples));
    return 0;
  }

  /** {@code CONCIERGE_RUNTIME_DIR}, or {@code runtime/} next to the launcher's jar. */
  private static Path runtimeDir() throws URISyntaxException {
    Optional<String> configured = env(Settings.RUNTIME_DIR);
    if (configured.isPresent()) {
      return Path.of(configured.get());
    }
    Path code =
        Path.of(
            ConciergeLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return code.getParent().resolve("runtime");
  }

  private static int port(String name, int otherwise) {
    String value = env(name).orElse(Integer.toString(otherwise));
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a port number: " + value);
    }
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
  }

  /** One line per message, and no INFO chatter from the embedded database library. */
  private static void configureLogging() {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "[launcher] %4$s: %5$s%6$s%n");
    }
    ZONKY.setLevel(Level.WARNING);
  }
}
