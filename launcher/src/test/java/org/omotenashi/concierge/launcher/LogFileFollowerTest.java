package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileFollowerTest {
  @TempDir Path directory;

  @Test
  void copiesOnlyWhatIsAppendedAfterItStartsAndCarriesOnAfterTruncationAndRotation()
      throws Exception {
    Path file = directory.resolve("server.log");
    Files.writeString(file, "an earlier run\n");
    LogBuffer log = new LogBuffer(line -> {});

    try (LogFileFollower follower = new LogFileFollower(file, log)) {
      append(file, "starting\n");
      append(file, "half a li");
      append(file, "ne\n");
      awaitText(log, "starting\nhalf a line\n");

      Files.writeString(file, "after truncation\n");
      awaitText(log, "starting\nhalf a line\nafter truncation\n");

      // Payara's rotation: the file is renamed and a new one started, here a longer one at once.
      Files.move(file, directory.resolve("server.log_2026-11-22"));
      Files.writeString(file, "a new file, longer than what was read of the old one\n");
      awaitText(
          log,
          "starting\n"
              + "half a line\n"
              + "after truncation\n"
              + "a new file, longer than what was read of the old one\n");
    }
    assertThat(log.text()).doesNotContain("an earlier run");
  }

  private static void append(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardOpenOption.APPEND);
  }

  private static void awaitText(LogBuffer log, String expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    while (!log.text().equals(expected) && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(log.text()).isEqualTo(expected);
  }
}
