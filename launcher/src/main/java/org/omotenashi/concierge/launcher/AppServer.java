package org.omotenashi.concierge.launcher;

/** A started application server: Payara Micro or a Payara Server domain, seen the same way. */
interface AppServer extends AutoCloseable {

  /** Starts the server and deploys the application; returns before the application is ready. */
  void start() throws Exception;

  /** The HTTP port the application answers on, known once {@link #start()} returned. */
  int httpPort();

  /**
   * True once the server reported that it has started with the application deployed (which may
   * still have failed to become ready).
   */
  boolean hasStarted();

  /** False once the server's JVM has exited, for whatever reason. */
  boolean isRunning();

  /** The process ID of the server's JVM, for measurements; -1 when it is not running. */
  long pid();

  /** Stops the server and waits for its processes to exit; safe to call more than once. */
  @Override
  void close();
}
