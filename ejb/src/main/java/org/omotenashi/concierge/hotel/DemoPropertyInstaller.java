package org.omotenashi.concierge.hotel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start of an empty database, loads the demo hotel so that a new user can talk to the
 * concierge and sign in to the console at once, and prints the staff passwords it generated. This is
 * the only time those passwords are written anywhere.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoPropertyInstaller {
  static final String DEMO_FILE = "/demo/demo-hotel.yaml";
  private static final Logger LOG = Logger.getLogger(DemoPropertyInstaller.class.getName());

  @Inject PropertyService properties;

  @Inject
  @ConfigProperty(name = "concierge.demo.enabled", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void installOnFirstStart() {
    if (!enabled || properties.findProperty().isPresent()) {
      return;
    }
    PropertyImport result = properties.importProperty(demoFile());
    StringBuilder message =
        new StringBuilder("\n=== The demo hotel ")
            .append(result.propertyCode())
            .append(" is installed. Staff accounts (shown only this once):\n");
    result.accounts().forEach(account ->
        message.append(String.format("    %-14s %-11s password: %s%n",
            account.username(), account.role(),
            account.initialPassword() == null ? "(CONCIERGE_ADMIN_PASSWORD)" : account.initialPassword())));
    LOG.warning(message.append("===").toString());
  }

  private static String demoFile() {
    try (InputStream in = DemoPropertyInstaller.class.getResourceAsStream(DEMO_FILE)) {
      if (in == null) {
        throw new IllegalStateException(DEMO_FILE + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
