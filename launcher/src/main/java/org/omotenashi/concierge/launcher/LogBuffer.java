package org.omotenashi.concierge.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the application server printed: kept for {@link ConciergeSystem#output()} and for the log
 * tail in start-up errors, and passed on line by line to a listener (the console, for the CLI).
 *
 * <p>The kept text has ANSI colour codes removed (Payara Micro colours its console output), so that
 * callers can search it; the listener gets lines as printed. Only the most recent {@value
 * #MAX_CHARS} characters are kept, so that a system that runs for weeks does not fill the heap.
 */
final class LogBuffer {
  static final int MAX_CHARS = 16 * 1024 * 1024;
  private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");

  private final StringBuilder text = new StringBuilder();
  private final Consumer<String> listener;
  private final int maxChars;

  LogBuffer(Consumer<String> listener) {
    this(listener, MAX_CHARS);
  }

  LogBuffer(Consumer<String> listener, int maxChars) {
    this.listener = listener;
    this.maxChars = maxChars;
  }

  void append(String line) {
    String plain = ANSI_ESCAPE.matcher(line).replaceAll("");
    synchronized (text) {
      text.append(plain).append('\n');
      if (text.length() > maxChars) {
        // Drop whole lines from the front, a quarter at a time, to trim rarely.
        int cut = text.indexOf("\n", text.length() - maxChars * 3 / 4);
        text.delete(0, cut < 0 ? text.length() - maxChars : cut + 1);
      }
    }
    listener.accept(line);
  }

  String text() {
    synchronized (text) {
      return text.toString();
    }
  }

  /** The last {@code lines} lines, for error messages. */
  String tail(int lines) {
    List<String> all = text().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /**
   * Copies a process's output into this buffer on a daemon thread, until the stream ends, showing
   * each line to {@code watcher} first.
   */
  Thread pump(InputStream output, String threadName, Consumer<String> watcher) {
    Thread thread =
        new Thread(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                  watcher.accept(line);
                  append(line);
                }
              } catch (IOException e) {
                // The process went away; what it printed before is kept.
              }
            },
            threadName);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
