package org.omotenashi.concierge.it;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.omotenashi.concierge.launcher.ConciergeSystem;
import org.omotenashi.concierge.launcher.LaunchOptions;

/** A running system as tests see it: where it answers, its data directory, its log, an API client. */
public final class TestSystem implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  public static final String ADMIN_USERNAME = "admin";
  /** Given to the first start as CONCIERGE_ADMIN_PASSWORD; a test value, not a secret. */
  public static final String ADMIN_PASSWORD = "it-admin-Passw0rd";

  private ConciergeSystem system;
  private final LaunchOptions options;

  TestSystem(ConciergeSystem system, LaunchOptions options) {
    this.system = system;
    this.options = options;
  }

  public URI baseUri() {
    return system.baseUri();
  }

  public Path dataDir() {
    return system.dataDir();
  }

  /** Everything the application server printed so far. */
  public String output() {
    return system.output();
  }

  public ApiClient api() {
    return new ApiClient(baseUri());
  }

  /** Stops everything and starts it again on the same data directory and database. */
  public void restart() throws Exception {
    system.close();
    system = ConciergeSystem.start(options);
  }

  /**
   * Kills the application server with SIGKILL while it works, then starts everything again on the
   * same data: what a power cut and a reboot do.
   */
  public void crashAndRestart() throws Exception {
    system.crashAppServer();
    restart();
  }

  @Override
  public void close() {
    system.close();
  }
}
