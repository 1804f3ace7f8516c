package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The Payara Server distribution unpacked once into {@code <data dir>/payara-server/payara6}. The
 * zip is unpacked next to it and moved into place when complete, so that an interrupted unpacking
 * is never mistaken for an installation. File modes are kept: {@code asadmin} must be executable.
 */
final class PayaraServerInstallation {
  private PayaraServerInstallation() {}

  /** The installation directory ({@code payara6}), unpacked from {@code zip} if not there yet. */
  static Path ensureUnpacked(Path zip, Path home, Consumer<String> listener) throws IOException {
    Path install = home.resolve("payara6");
    if (Files.isRegularFile(install.resolve("bin").resolve("asadmin"))) {
      return install;
    }
    if (!Files.isRegularFile(zip)) {
      throw new IOException(
          zip + " is missing: build it with `mvn -DskipTests package` at the repository root");
    }
    Files.createDirectories(home);
    try (Stream<Path> leftovers = Files.list(home)) {
      for (Path leftover :
          leftovers
              .filter(path -> path.getFileName().toString().startsWith("unpacking-"))
              .toList()) {
        Directories.deleteRecursively(leftover);
      }
    }
    listener.accept("Unpacking Payara Server into " + install);
    Path staging = Files.createTempDirectory(home, "unpacking-");
    extract(zip, staging);
    Directories.deleteRecursively(install);
    Files.move(staging.resolve("payara6"), install, StandardCopyOption.ATOMIC_MOVE);
    Directories.deleteRecursively(staging);
    return install;
  }

  private static void extract(Path zip, Path target) throws IOException {
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      for (Enumeration<ZipArchiveEntry> entries = archive.getEntries();
          entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target)) {
          throw new IOException("Refusing to unpack " + entry.getName() + " outside " + target);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        if ((entry.getUnixMode() & 0111) != 0) {
          destination.toFile().setExecutable(true, false);
        }
      }
    }
  }
}
