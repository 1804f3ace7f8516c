package org.omotenashi.concierge.launcher;

/** Which application server runs the application, and so which packaging of it. */
public enum AppRuntime {
  /** The WAR on Payara Micro: one JVM started with {@code java -jar payara-micro.jar}. */
  MICRO,
  /** The EAR on a Payara Server 6 domain, prepared with the commands in {@code server-config/}. */
  SERVER
}
