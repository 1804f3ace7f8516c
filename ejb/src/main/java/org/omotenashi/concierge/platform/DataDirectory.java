package org.omotenashi.concierge.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the application keeps files of its own (generated signing keys): {@code CONCIERGE_DATA_DIR},
 * or {@code ./data} relative to the server's working directory. Read directly from the environment
 * because it is also needed by a config source, before MicroProfile Config is complete.
 */
public final class DataDirectory {
  private DataDirectory() {}

  public static Path path() {
    return Optional.ofNullable(System.getProperty("concierge.data.dir"))
        .or(() -> Optional.ofNullable(System.getenv("CONCIERGE_DATA_DIR")))
        .filter(value -> !value.isBlank())
        .map(Path::of)
        .orElse(Path.of("data"))
        .toAbsolutePath();
  }
}
