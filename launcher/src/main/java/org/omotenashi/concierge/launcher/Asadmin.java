package org.omotenashi.concierge.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the {@code asadmin} of one Payara Server installation, one command at a time, and collects
 * what it prints (also passed to a listener, so that the console shows progress).
 *
 * <p>Commands run in a session of their own ({@code setsid}) where the machine has it: {@code
 * start-domain} leaves the domain's JVM in asadmin's process group, and Ctrl-C in the launcher's
 * terminal would otherwise stop the domain at once, before the launcher could undeploy and stop it
 * in order.
 */
final class Asadmin {
  private static final Path SETSID = Path.of("/usr/bin/setsid");

  /** What a command printed, and whether it succeeded. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private final Path script;
  private final Map<String, String> environment;
  private final Consumer<String> listener;
  private volatile Process running;

  Asadmin(Path installDir, Map<String, String> environment, Consumer<String> listener) {
    this.script = installDir.resolve("bin").resolve("asadmin");
    this.environment = new HashMap<>(environment);
    // jline asks the terminal database about TERM and complains when it cannot.
    this.environment.put("TERM", "dumb");
    // The JDK that runs the launcher, unless the administrator chose one.
    this.environment.putIfAbsent("AS_JAVA", System.getProperty("java.home"));
    this.listener = listener;
  }

  Result run(Duration timeout, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(SETSID)) {
      command.addAll(List.of(SETSID.toString(), "--wait"));
    }
    command.add(script.toString());
    command.add("--interactive=false");
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    running = process;
    try {
      process.getOutputStream().close();
      StringBuilder output = new StringBuilder();
      Thread reader = new Thread(() -> read(process, output), "asadmin-output");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        ProcessTree.destroy(process.toHandle(), Duration.ofSeconds(5));
        reader.join(1000);
        return new Result(
            -1, output + "\n(asadmin gave no answer within " + timeout.toSeconds() + " s)");
      }
      reader.join(5000);
      synchronized (output) {
        return new Result(process.exitValue(), output.toString());
      }
    } finally {
      running = null;
    }
  }

  Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
    return run(timeout, List.of(arguments));
  }

  /** Runs a command and throws, with what asadmin said, unless it succeeded. */
  Result require(Duration timeout, String... arguments)
      throws IOException, InterruptedException, StartupFailedException {
    Result result = run(timeout, arguments);
    if (!result.succeeded()) {
      throw new StartupFailedException(
          "asadmin "
              + String.join(" ", arguments)
              + " failed (exit code "
              + result.exitCode()
              + "):\n"
              + result.output().strip(),
          "");
    }
    return result;
  }

  /** Stops the command running now, if any: the launcher is being stopped. */
  void cancel() {
    Process process = running;
    if (process != null) {
      ProcessTree.destroy(process.toHandle(), Duration.ofSeconds(5));
    }
  }

  private void read(Process process, StringBuilder output) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (output) {
          output.append(line).append('\n');
        }
        // jline's complaint about the terminal (TERM=dumb notwithstanding) is noise.
        if (!line.isBlank() && !line.startsWith("Unable to retrieve infocmp")) {
          listener.accept("[asadmin] " + line);
        }
      }
    } catch (IOException e) {
      // asadmin exited: its output ends here.
    }
  }
}
