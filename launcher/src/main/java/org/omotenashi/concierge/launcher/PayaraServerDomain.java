package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The EAR on a Payara Server domain of the launcher's own, {@code concierge} in {@code <data
 * dir>/payara-server/domains}: created on the first start (every port free, the admin port {@code
 * CONCIERGE_ADMIN_PORT} where set), prepared with {@code server-config/payara-server/
 * domain-setup.asadmin} (again whenever that file changes), started, and given the EAR with {@code
 * deploy --force}. {@link #close()} undeploys and stops it, so that the next start deploys afresh
 * rather than reloading the old deployment first.
 *
 * <p>The settings reach the application as environment variables: {@code start-domain} passes its
 * environment on to the domain's JVM, and so does a restart from within the domain. The server's
 * log is {@code server.log}, followed into the {@link LogBuffer}.
 */
final class PayaraServerDomain implements AppServer {
  static final String DOMAIN = "concierge";
  static final String APPLICATION = "concierge";
  static final String SETUP_FILE = "domain-setup.asadmin";
  private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static final String CREATED_MARKER = "concierge-launcher-domain";

  private final LaunchOptions options;
  private final Map<String, String> environment;
  private final LogBuffer log;
  private final Consumer<String> console;
  private final Path home;
  private final Path domains;
  private final Path domainDir;
  private final Object lifecycle = new Object();
  private volatile boolean closing;
  private volatile Asadmin asadmin;
  private volatile DomainPorts ports;
  private volatile boolean deployed;
  private LogFileFollower follower;

  PayaraServerDomain(
      LaunchOptions options,
      Map<String, String> environment,
      LogBuffer log,
      Consumer<String> console) {
    this.options = options;
    this.environment = environment;
    this.log = log;
    this.console = console;
    this.home = options.dataDir().resolve("payara-server");
    this.domains = home.resolve("domains");
    this.domainDir = domains.resolve(DOMAIN);
  }

  @Override
  public void start() throws Exception {
    Path ear = options.runtimeDir().resolve("concierge.ear");
    if (!Files.isRegularFile(ear)) {
      throw new IOException(
          ear + " is missing: build it with `mvn -DskipTests package` at the repository root");
    }
    Path install =
        PayaraServerInstallation.ensureUnpacked(
            options.runtimeDir().resolve("payara-server.zip"), home, this::say);
    asadmin = new Asadmin(install, environment, console);
    int adminPort = options.setting(Settings.ADMIN_PORT).map(Integer::parseInt).orElse(0);
    Path domainXml = domainDir.resolve("config").resolve("domain.xml");

    synchronized (lifecycle) {
      checkNotClosing();
      long leftover = domainPid();
      if (leftover > 0) {
        say("Stopping the domain a previous launcher left running in " + domainDir);
        asadmin.run(COMMAND_TIMEOUT, "stop-domain", "--domaindir", domains.toString(), DOMAIN);
        ProcessHandle.of(leftover).ifPresent(process -> ProcessTree.destroy(process, STOP_GRACE));
      }
      Path created = domainDir.resolve(CREATED_MARKER);
      if (Files.isRegularFile(created)) {
        DomainPorts current = DomainPorts.read(domainXml);
        ports = DomainPorts.reconcile(current, options.httpPort(), adminPort);
        if (!ports.equals(current)) {
          ports.write(domainXml);
        }
      } else {
        // Also when a creation was interrupted: what it left is incomplete.
        Directories.deleteRecursively(domainDir);
        ports = DomainPorts.choose(options.httpPort(), adminPort);
        say("Creating the Payara Server domain " + domainDir + " (once; takes a while)");
        Files.createDirectories(domains);
        asadmin.require(CREATE_TIMEOUT, createDomainArguments());
        Files.writeString(created, "created by the Concierge launcher\n");
      }
    }
    List<Integer> taken = ports.taken();
    if (!taken.isEmpty()) {
      throw new StartupFailedException(
          "Ports in use by another process: "
              + taken
              + " (CONCIERGE_HTTP_PORT, CONCIERGE_ADMIN_PORT)",
          "");
    }

    follower = new LogFileFollower(domainDir.resolve("logs").resolve("server.log"), log);
    step(START_TIMEOUT, "start-domain", "--domaindir", domains.toString(), DOMAIN);
    applySetupIfChanged();
    undeployLeftovers();
    step(
        DEPLOY_TIMEOUT,
        "--port",
        adminPort(),
        "deploy",
        "--name",
        APPLICATION,
        "--force=true",
        ear.toString());
    deployed = true;
  }

  /**
   * After a crash nothing undeployed the application, so the domain loads the old deployment as it
   * starts, and {@code deploy --force} over it fails inside Payara: take it away first.
   */
  private void undeployLeftovers() throws Exception {
    Asadmin.Result applications = asadmin.run(COMMAND_TIMEOUT, "--port", adminPort(), "list-applications");
    if (applications.output().lines().anyMatch(line -> line.startsWith(APPLICATION + " "))) {
      step(COMMAND_TIMEOUT, "--port", adminPort(), "undeploy", APPLICATION);
    }
  }

  private String[] createDomainArguments() {
    List<String> arguments =
        new ArrayList<>(
            List.of("create-domain", "--nopassword=true", "--domaindir", domains.toString()));
    arguments.addAll(ports.createDomainOptions());
    arguments.add(DOMAIN);
    return arguments.toArray(String[]::new);
  }

  /**
   * Runs the setup commands when the domain has not had this version of them yet, then restarts the
   * domain, because JVM options only apply to a new JVM.
   */
  private void applySetupIfChanged() throws Exception {
    Path setup = serverConfigDir().resolve("payara-server").resolve(SETUP_FILE);
    if (!Files.isRegularFile(setup)) {
      say("No " + setup + ": the domain keeps Payara's defaults");
      return;
    }
    Path marker = domainDir.resolve("config").resolve("concierge-setup.sha256");
    String digest = sha256(Files.readAllBytes(setup));
    if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(digest)) {
      return;
    }
    say("Applying " + setup);
    Asadmin.Result result =
        step(COMMAND_TIMEOUT, "--port", adminPort(), "multimode", "--file", setup.toString());
    // multimode carries on after a command fails and still exits with 0.
    List<String> failed =
        result.output().lines().filter(line -> line.matches("Command .* failed\\.?")).toList();
    if (!failed.isEmpty()) {
      throw new StartupFailedException(
          setup + " did not apply cleanly: " + failed + "\n" + result.output().strip(), "");
    }
    step(START_TIMEOUT, "restart-domain", "--domaindir", domains.toString(), DOMAIN);
    Files.writeString(marker, digest + "\n");
  }

  private Path serverConfigDir() {
    return options
        .setting(Settings.SERVER_CONFIG_DIR)
        .map(Path::of)
        .orElse(options.runtimeDir().resolve("server-config"));
  }

  private void say(String message) {
    console.accept("[launcher] " + message);
  }

  /** Runs one asadmin command, unless the launcher is being stopped. */
  private Asadmin.Result step(Duration timeout, String... arguments) throws Exception {
    synchronized (lifecycle) {
      checkNotClosing();
      return asadmin.require(timeout, arguments);
    }
  }

  private void checkNotClosing() {
    if (closing) {
      throw new CancellationException("The launcher is stopping");
    }
  }

  @Override
  public int httpPort() {
    return ports.get(DomainPorts.Port.HTTP);
  }

  String adminPort() {
    return Integer.toString(ports.get(DomainPorts.Port.ADMIN));
  }

  /** The asadmin script of the installation, for the administrator. */
  Path asadminScript() {
    return home.resolve("payara6").resolve("bin").resolve("asadmin");
  }

  Path domainsDir() {
    return domains;
  }

  /** Deployment is synchronous: once asadmin returned, the application is up or failed. */
  @Override
  public boolean hasStarted() {
    return deployed;
  }

  @Override
  public boolean isRunning() {
    return domainPid() > 0;
  }

  @Override
  public long pid() {
    return domainPid();
  }

  /** The domain JVM's process ID from the pid file it writes, if that process is alive. */
  private long domainPid() {
    try {
      Path pidFile = domainDir.resolve("config").resolve("pid");
      if (!Files.isRegularFile(pidFile)) {
        return -1;
      }
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent() ? pid : -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    closing = true;
    Asadmin commands = asadmin;
    if (commands != null) {
      commands.cancel();
      synchronized (lifecycle) {
        stopDomain(commands);
      }
    }
    if (follower != null) {
      follower.close();
    }
  }

  private void stopDomain(Asadmin commands) {
    long pid = domainPid();
    if (pid <= 0) {
      return;
    }
    try {
      if (ports != null) {
        commands.run(COMMAND_TIMEOUT, "--port", adminPort(), "undeploy", APPLICATION);
      }
      commands.run(COMMAND_TIMEOUT, "stop-domain", "--domaindir", domains.toString(), DOMAIN);
    } catch (IOException e) {
      say("asadmin could not stop the domain: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Whatever asadmin managed, no JVM of the domain outlives the launcher.
    ProcessHandle.of(pid).ifPresent(process -> ProcessTree.destroy(process, STOP_GRACE));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
