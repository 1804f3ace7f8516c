package org.omotenashi.concierge.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Copies the lines appended to a log file into a {@link LogBuffer}, like {@code tail -F}: Payara
 * Server writes its log to {@code server.log}, not to the launcher. Starts at the end the file had
 * when following began, so that a restarted domain's earlier runs are left out; starts over at the
 * beginning when the file is another one or shrank (Payara rotated it).
 */
final class LogFileFollower implements AutoCloseable {
  private static final long POLL_MILLIS = 200;

  private final Path file;
  private final LogBuffer log;
  private final Thread thread;
  private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();
  private long position;
  private Object fileKey;
  private volatile boolean stopped;

  LogFileFollower(Path file, LogBuffer log) throws IOException {
    this.file = file;
    this.log = log;
    if (Files.exists(file)) {
      this.position = Files.size(file);
      this.fileKey = fileKey();
    }
    this.thread = new Thread(this::follow, "log-follower-" + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  private void follow() {
    while (!stopped) {
      readNewLines();
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        break;
      }
    }
    readNewLines();
    flushPartialLine();
  }

  private void readNewLines() {
    try {
      if (!Files.exists(file)) {
        return;
      }
      long size = Files.size(file);
      Object key = fileKey();
      if (size < position || (key != null && !key.equals(fileKey))) {
        flushPartialLine();
        position = 0;
      }
      fileKey = key;
      if (size == position) {
        return;
      }
      try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
        in.seek(position);
        byte[] chunk = new byte[8192];
        for (int read; (read = in.read(chunk)) > 0; ) {
          position += read;
          for (int i = 0; i < read; i++) {
            if (chunk[i] == '\n') {
              log.append(partialLine.toString(StandardCharsets.UTF_8));
              partialLine.reset();
            } else {
              partialLine.write(chunk[i]);
            }
          }
        }
      }
    } catch (IOException e) {
      // Rotated or removed between the calls: the next poll picks it up again.
    }
  }

  /** The file's identity (device and inode on Unix); null where the file system has none. */
  private Object fileKey() throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
  }

  private void flushPartialLine() {
    if (partialLine.size() > 0) {
      log.append(partialLine.toString(StandardCharsets.UTF_8));
      partialLine.reset();
    }
  }

  /** Stops following after reading what the file holds now. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
