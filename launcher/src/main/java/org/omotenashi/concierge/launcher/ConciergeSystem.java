package org.omotenashi.concierge.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system, running: the database (an {@link EmbeddedDatabase} unless the options name an
 * external one) and the application on Payara Micro ({@link PayaraMicroProcess}) or Payara Server
 * ({@link PayaraServerDomain}). {@link #start} returns once {@code /health/ready} answers 200;
 * {@link #close()} stops what was started, application server first, and leaves no process behind.
 *
 * <p>The application gets its settings as environment variables: this JVM's environment, then
 * {@link LaunchOptions#environment()}, then the database and data directory chosen here.
 */
public final class ConciergeSystem implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(ConciergeSystem.class.getName());

  /**
   * How long the application may take to answer once the server started (Micro) or deployed it
   * (Server); generous, because it usually takes 15-25 s on two cores shared with other work.
   */
  static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private final LaunchOptions options;
  private final LogBuffer log;
  private final Consumer<String> console;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final Object closing = new Object();
  private boolean closed;
  private volatile ExternalDatabase database;
  private volatile boolean embeddedDatabase;
  private volatile AppServer appServer;
  private volatile URI baseUri;
  private volatile StartupTimings timings;

  private ConciergeSystem(LaunchOptions options, Consumer<String> console) {
    this.options = options;
    this.console = console;
    this.log = new LogBuffer(console);
  }

  /** Starts the system and waits until it is ready; on failure stops what it started and throws. */
  public static ConciergeSystem start(LaunchOptions options) throws Exception {
    return start(options, line -> {});
  }

  /**
   * As {@link #start(LaunchOptions)}, passing every line the application server prints (and the
   * launcher's progress messages) to {@code console} as well.
   */
  public static ConciergeSystem start(LaunchOptions options, Consumer<String> console)
      throws Exception {
    ConciergeSystem system = prepare(options, console);
    try {
      system.boot();
      return system;
    } catch (Exception | Error e) {
      system.close();
      throw e;
    }
  }

  /** A system not started yet, so that the CLI can hook {@link #close()} to Ctrl-C first. */
  static ConciergeSystem prepare(LaunchOptions options, Consumer<String> console) {
    return new ConciergeSystem(options, console);
  }

  void boot() throws Exception {
    long begin = System.nanoTime();
    Files.createDirectories(options.dataDir());
    if (options.database().isPresent()) {
      database = options.database().get();
    } else {
      say("Starting the embedded PostgreSQL in " + options.dataDir().resolve("postgres"));
      database = register(EmbeddedDatabase.start(options.dataDir())).connection();
      embeddedDatabase = true;
    }
    long appServerBegin = System.nanoTime();

    if (options.httpPort() != 0 && !FreePorts.isFree(options.httpPort())) {
      throw new StartupFailedException(
          "Port " + options.httpPort() + " is in use by another process (set CONCIERGE_HTTP_PORT)",
          "");
    }
    Map<String, String> environment = new HashMap<>(options.environment());
    environment.put(Settings.DB_URL, database.url());
    environment.put(Settings.DB_USER, database.user());
    environment.put(Settings.DB_PASSWORD, database.password());
    environment.put(Settings.DATA_DIR, options.dataDir().toString());
    AppServer server =
        register(
            options.runtime() == AppRuntime.MICRO
                ? new PayaraMicroProcess(options, environment, log)
                : new PayaraServerDomain(options, environment, log, console));
    appServer = server;
    try {
      server.start();
    } catch (StartupFailedException e) {
      // asadmin's message says "see server.log"; the log's tail says what went wrong.
      throw new StartupFailedException(e.getMessage(), log.tail(ReadinessProbe.LOG_TAIL_LINES));
    }
    baseUri = URI.create("http://127.0.0.1:" + server.httpPort() + "/");
    say("Waiting for " + baseUri.resolve("/health/ready"));
    ReadinessProbe.of(baseUri, READY_TIMEOUT).await(server::isRunning, server::hasStarted, log);
    long ready = System.nanoTime();
    timings =
        new StartupTimings(
            Duration.ofNanos(appServerBegin - begin), Duration.ofNanos(ready - appServerBegin));
  }

  private void say(String message) {
    console.accept("[launcher] " + message);
  }

  /** Keeps a started part for {@link #close()}, or closes it at once if closing has begun. */
  private <T extends AutoCloseable> T register(T part) throws Exception {
    synchronized (started) {
      if (!closed) {
        started.push(part);
        return part;
      }
    }
    part.close();
    throw new CancellationException("The system was stopped while starting");
  }

  /** Where the application answers, e.g. {@code http://127.0.0.1:8080/}. */
  public URI baseUri() {
    return baseUri;
  }

  /** Everything the application server printed so far (without colour codes). */
  public String output() {
    return log.text();
  }

  public Path dataDir() {
    return options.dataDir();
  }

  /** The database the application uses, the embedded one's included. */
  ExternalDatabase database() {
    return database;
  }

  boolean usesEmbeddedDatabase() {
    return embeddedDatabase;
  }

  LaunchOptions options() {
    return options;
  }

  AppServer appServer() {
    return appServer;
  }

  /** How long the database and the application server took, once started. */
  StartupTimings timings() {
    return timings;
  }

  /**
   * Kills the application server's JVM at once (SIGKILL), as a power cut would, and waits until it
   * is gone; the database keeps running. For crash tests: {@link #close()} afterwards stops the rest.
   */
  public void crashAppServer() {
    Optional<ProcessHandle> server = ProcessHandle.of(appServer.pid());
    if (server.isPresent()) {
      server.get().destroyForcibly();
      server.get().onExit().join();
    }
  }

  /**
   * Stops the application server, then the embedded database; idempotent, and safe while starting.
   */
  @Override
  public void close() {
    // A second caller (Ctrl-C while the CLI stops after a failure) waits until all is stopped.
    synchronized (closing) {
      Deque<AutoCloseable> parts;
      synchronized (started) {
        closed = true;
        parts = new ArrayDeque<>(started);
        started.clear();
      }
      for (AutoCloseable part : parts) {
        try {
          part.close();
        } catch (Exception e) {
          LOG.log(Level.WARNING, "Could not stop " + part.getClass().getSimpleName(), e);
        }
      }
    }
  }

  boolean isClosed() {
    synchronized (started) {
      return closed;
    }
  }

  /** Time from the call to the database being up, and from then to the application being ready. */
  record StartupTimings(Duration database, Duration appServer) {}
}
