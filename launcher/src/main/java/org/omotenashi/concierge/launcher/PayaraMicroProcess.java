package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The WAR on Payara Micro, in a child JVM whose output goes to a {@link LogBuffer}. Payara Micro
 * keeps its runtime files in {@code <data dir>/payara-micro} ({@code --rootdir}), emptied before
 * each start, rather than in a temporary directory a cleaner may empty while it runs.
 *
 * <p>JVM options: {@value #DEFAULT_JAVA_OPTS} unless {@code CONCIERGE_JAVA_OPTS} says otherwise
 * (docs/benchmarks/startup.md has the measurements behind the default); extra Payara Micro options
 * from {@code CONCIERGE_MICRO_OPTS}. Both are split on white space. {@code --nocluster} unless
 * those options hold {@code --clustermode}.
 */
final class PayaraMicroProcess implements AppServer {
  /**
   * Measured on two cores (docs/benchmarks/startup.md): the serial collector keeps the resident
   * memory 30-90 MB below G1's and starts 1-2 s sooner; compiling with C1 only saves another 80 MB
   * and up to 2 s, with no loss of throughput seen on this application, which mostly waits on the
   * database.
   */
  static final String DEFAULT_JAVA_OPTS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1";

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final LaunchOptions options;
  private final Map<String, String> environment;
  private final LogBuffer log;
  private final int httpPort;
  private Process process;
  private boolean closing;
  private volatile boolean started;

  PayaraMicroProcess(LaunchOptions options, Map<String, String> environment, LogBuffer log) {
    this.options = options;
    this.environment = environment;
    this.log = log;
    this.httpPort = options.httpPort() == 0 ? FreePorts.pick() : options.httpPort();
  }

  @Override
  public void start() throws IOException {
    Path rootDir = options.dataDir().resolve("payara-micro");
    // Payara Micro unpacks its runtime there afresh on every start anyway, and what it keeps, the
    // last deployment, it would load before deploying --deploy again: start from nothing.
    Directories.deleteRecursively(rootDir);
    Files.createDirectories(rootDir);
    ProcessBuilder builder =
        new ProcessBuilder(command(rootDir)).directory(rootDir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process spawned;
    // Spawned under the lock that close() takes, so that a close during start never misses it.
    synchronized (this) {
      if (closing) {
        throw new CancellationException("The launcher is stopping");
      }
      spawned = builder.start();
      process = spawned;
    }
    spawned.getOutputStream().close();
    log.pump(spawned.getInputStream(), "payara-micro-output-" + spawned.pid(), this::watch);
  }

  List<String> command(Path rootDir) {
    List<String> microOptions = words(options.setting(Settings.MICRO_OPTS).orElse(""));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(words(options.setting(Settings.JAVA_OPTS).orElse(DEFAULT_JAVA_OPTS)));
    command.addAll(List.of("-jar", requireFile("payara-micro.jar").toString()));
    // A single instance, unless the options ask for a cluster.
    if (!microOptions.contains("--clustermode")) {
      command.add("--nocluster");
    }
    command.addAll(
        List.of(
            "--disablephonehome",
            "--port",
            Integer.toString(httpPort),
            "--rootdir",
            rootDir.toString(),
            "--deploy",
            requireFile("concierge.war") + ":/"));
    command.addAll(microOptions);
    return command;
  }

  private Path requireFile(String name) {
    Path file = options.runtimeDir().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          file + " is missing: build it with `mvn -DskipTests package` at the repository root");
    }
    return file;
  }

  private static List<String> words(String value) {
    return Arrays.stream(value.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }

  @Override
  public int httpPort() {
    return httpPort;
  }

  /** Payara Micro says "Payara Micro 6.2025.10 (build 42) ready in 15,034 (ms)" once deployed. */
  private void watch(String line) {
    if (!started && line.contains("Payara Micro ") && line.contains(" ready in ")) {
      started = true;
    }
  }

  @Override
  public boolean hasStarted() {
    return started;
  }

  @Override
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  @Override
  public synchronized long pid() {
    return isRunning() ? process.pid() : -1;
  }

  @Override
  public void close() {
    Process running;
    synchronized (this) {
      closing = true;
      running = process;
    }
    if (running != null) {
      ProcessTree.destroy(running.toHandle(), STOP_GRACE);
    }
  }
}
