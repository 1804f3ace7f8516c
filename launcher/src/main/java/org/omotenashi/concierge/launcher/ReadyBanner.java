package org.omotenashi.concierge.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ./concierge run} and {@code server} print once the system is ready: where everything
 * is, and on the first start the staff passwords the application generated, taken from its log so
 * that they do not scroll away among Payara's start-up messages.
 */
final class ReadyBanner {
  static final String DEMO_BLOCK_START = "=== The demo hotel";

  private ReadyBanner() {}

  static String of(ConciergeSystem system) {
    String base = "http://localhost:" + system.baseUri().getPort();
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(
        "Omotenashi Concierge is ready, on "
            + (system.options().runtime() == AppRuntime.MICRO ? "Payara Micro" : "Payara Server"));
    lines.add("  staff console   " + base + "/");
    lines.add("  guest chat      " + base + "/chat/");
    lines.add("  REST API        " + base + "/api/v1/   (sign in: POST /api/v1/auth/login)");
    lines.add("  OpenAPI         " + base + "/openapi");
    lines.add("  health          " + base + "/health/ready");
    lines.add("  metrics         " + base + "/metrics");
    lines.add(
        "  database        "
            + (system.usesEmbeddedDatabase()
                ? "embedded PostgreSQL in " + system.dataDir().resolve("postgres")
                : system.database().url()));
    lines.add("  data directory  " + system.dataDir());
    if (system.appServer() instanceof PayaraServerDomain domain) {
      lines.add("  admin console   http://localhost:" + domain.adminPort() + "/");
      lines.add("  asadmin         " + domain.asadminScript() + " --port " + domain.adminPort());
      lines.add(
          "  server log      "
              + domain
                  .domainsDir()
                  .resolve(PayaraServerDomain.DOMAIN)
                  .resolve("logs")
                  .resolve("server.log"));
    }
    lines.add("");
    Optional<String> demo = demoBlock(system.output());
    if (demo.isPresent()) {
      lines.add(demo.get());
    } else {
      lines.add(
          "Staff passwords were printed on the first start (admin's is CONCIERGE_ADMIN_PASSWORD");
      lines.add("where that was set).");
    }
    lines.add("");
    lines.add("Ctrl-C stops everything.");
    return String.join(System.lineSeparator(), lines);
  }

  /** The block the application logs when it installs the demo hotel, without the log's framing. */
  static Optional<String> demoBlock(String output) {
    List<String> all = output.lines().toList();
    for (int start = 0; start < all.size(); start++) {
      if (all.get(start).startsWith(DEMO_BLOCK_START)) {
        List<String> block = new ArrayList<>();
        block.add(all.get(start));
        for (int i = start + 1; i < all.size(); i++) {
          String line = all.get(i);
          if (line.startsWith("===")) {
            block.add("===");
            return Optional.of(String.join(System.lineSeparator(), block));
          }
          block.add(line);
        }
      }
    }
    return Optional.empty();
  }
}
