package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * {@code benchmark-startup}: starts the system several times per runtime, each time on a fresh data
 * directory (first start: empty database, and for Payara Server the domain to create) and again on
 * the same directory (second start), and prints the time to {@code /health/ready} and the resident
 * memory of the application server's JVM once ready, as Markdown for docs/benchmarks/startup.md.
 */
final class StartupBenchmark {

  record Sample(
      AppRuntime runtime,
      boolean first,
      int run,
      Duration database,
      Duration appServer,
      long rssKb,
      String load) {}

  private final Path runtimeDir;
  private final Path baseDir;
  private final Map<String, String> environment;

  StartupBenchmark(Path runtimeDir, Path baseDir, Map<String, String> environment) {
    this.runtimeDir = runtimeDir;
    this.baseDir = baseDir;
    this.environment = environment;
  }

  List<Sample> measure(List<AppRuntime> runtimes, int runs) throws Exception {
    List<Sample> samples = new ArrayList<>();
    for (AppRuntime runtime : runtimes) {
      for (int run = 1; run <= runs; run++) {
        Path dataDir = baseDir.resolve(runtime.name().toLowerCase() + "-" + run);
        Directories.deleteRecursively(dataDir);
        LaunchOptions options =
            new LaunchOptions(runtime, runtimeDir, dataDir, 0, Optional.empty(), environment);
        samples.add(startOnce(options, true, run));
        samples.add(startOnce(options, false, run));
        Directories.deleteRecursively(dataDir);
      }
    }
    return samples;
  }

  private Sample startOnce(LaunchOptions options, boolean first, int run) throws Exception {
    String load = loadAverage();
    try (ConciergeSystem system = ConciergeSystem.start(options)) {
      long rss = residentKb(system.appServer().pid());
      ConciergeSystem.StartupTimings timings = system.timings();
      Sample sample =
          new Sample(
              options.runtime(), first, run, timings.database(), timings.appServer(), rss, load);
      System.err.printf(
          "%s %s start, run %d: database %.1f s, application server to ready %.1f s, RSS %d MB"
              + " (load before: %s)%n",
          options.runtime(),
          first ? "first" : "second",
          run,
          seconds(sample.database()),
          seconds(sample.appServer()),
          rss / 1024,
          load);
      return sample;
    }
  }

  /** The measurements as Markdown: one row per start, then medians. */
  static String report(List<Sample> samples) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| runtime | start | run | embedded DB up (s) | app server start to ready (s) | RSS after"
            + " ready (MB) | load avg before |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Sample s : samples) {
      out.append(
          String.format(
              "| %s | %s | %d | %.1f | %.1f | %d | %s |%n",
              s.runtime(),
              s.first() ? "first" : "second",
              s.run(),
              seconds(s.database()),
              seconds(s.appServer()),
              s.rssKb() / 1024,
              s.load()));
    }
    out.append(
        "\n"
            + "Medians:\n\n"
            + "| runtime | start | runs | app server start to ready (s) | RSS after ready (MB) |\n"
            + "|---|---|---|---|---|\n");
    Map<String, List<Sample>> groups =
        samples.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.runtime() + " | " + (s.first() ? "first" : "second"),
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    groups.forEach(
        (key, group) ->
            out.append(
                String.format(
                    "| %s | %d | %.1f | %d |%n",
                    key,
                    group.size(),
                    median(group, s -> s.appServer().toMillis()) / 1000.0,
                    median(group, Sample::rssKb) / 1024)));
    return out.toString();
  }

  /** Machine facts worth printing next to the figures. */
  String machine() {
    return String.format(
        "%s; %d cores; %s; Java %s; CONCIERGE_JAVA_OPTS %s",
        LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES),
        Runtime.getRuntime().availableProcessors(),
        memoryTotal(),
        System.getProperty("java.version"),
        environment.getOrDefault(
            Settings.JAVA_OPTS, "unset (default " + PayaraMicroProcess.DEFAULT_JAVA_OPTS + ")"));
  }

  private static long median(List<Sample> group, ToLongFunction<Sample> value) {
    List<Long> sorted =
        group.stream().map(value::applyAsLong).sorted(Comparator.naturalOrder()).toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  /** VmRSS from /proc, in kB; 0 where there is no /proc. */
  static long residentKb(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (pid <= 0 || !Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0L);
  }

  private static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    return Files.exists(loadavg)
        ? String.join(" ", List.of(Files.readString(loadavg).split(" ")).subList(0, 3))
        : "?";
  }

  private static String memoryTotal() {
    try {
      Path meminfo = Path.of("/proc/meminfo");
      return Files.readAllLines(meminfo).stream()
          .filter(line -> line.startsWith("MemTotal:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM")
          .findFirst()
          .orElse("RAM unknown");
    } catch (IOException e) {
      return "RAM unknown";
    }
  }
}
