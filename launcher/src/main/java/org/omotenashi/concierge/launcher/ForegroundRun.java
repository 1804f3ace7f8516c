package org.omotenashi.concierge.launcher;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;

/**
 * Runs the system in the foreground for {@code ./concierge run} and {@code server}: its output on
 * the console, a banner once ready, and an orderly stop of everything (application server first,
 * then the database) however the JVM ends: a shutdown hook does it. Ctrl-C and SIGTERM are
 * asked-for stops, so they end with exit status 0 rather than the JVM's 130 and 143.
 */
final class ForegroundRun {
  private ForegroundRun() {}

  /** Returns the exit status when the system could not start or stopped by itself. */
  static int run(LaunchOptions options) throws InterruptedException {
    ConciergeSystem system = ConciergeSystem.prepare(options, System.out::println);
    CountDownLatch startFinished = new CountDownLatch(1);
    Runnable stop =
        () -> {
          if (!system.isClosed()) {
            System.out.println("[launcher] Stopping...");
          }
          system.close();
          // A start in progress may still be unwinding: let it close what it started last.
          awaitQuietly(startFinished);
        };
    Runtime.getRuntime().addShutdownHook(new Thread(stop, "concierge-stop"));
    onStopSignals(stop);
    try {
      system.boot();
    } catch (Exception e) {
      startFinished.countDown();
      if (system.isClosed()) {
        // Stopped during the start: the signal handler ends the JVM.
        Thread.sleep(Long.MAX_VALUE);
      }
      String reason = e instanceof StartupFailedException ? e.getMessage() : e.toString();
      System.err.println();
      System.err.println("[launcher] The system did not start: " + reason);
      system.close();
      return 1;
    }
    startFinished.countDown();
    System.out.println(ReadyBanner.of(system));

    while (!system.isClosed() && system.appServer().isRunning()) {
      Thread.sleep(1000);
    }
    if (system.isClosed()) {
      Thread.sleep(Long.MAX_VALUE);
    }
    System.err.println("[launcher] The application server stopped by itself; stopping the rest.");
    system.close();
    return 1;
  }

  /**
   * Ctrl-C and SIGTERM: stop, then exit with 0. Through {@code System.exit}, not by halting in the
   * shutdown hook, so that the JVM's own exit work (files to delete on exit) still happens.
   */
  private static void onStopSignals(Runnable stop) {
    for (String name : List.of("INT", "TERM")) {
      try {
        Signal.handle(
            new Signal(name),
            signal -> {
              stop.run();
              System.out.println("[launcher] Stopped.");
              System.exit(0);
            });
      } catch (IllegalArgumentException e) {
        // The JVM keeps this signal to itself (-Xrs): the shutdown hook still stops everything.
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
