package org.omotenashi.concierge.launcher;

/**
 * Names of the environment variables the launcher reads or hands to the application; {@code
 * server-config/concierge.env.example} documents each.
 */
final class Settings {
  static final String DB_URL = "CONCIERGE_DB_URL";
  static final String DB_USER = "CONCIERGE_DB_USER";
  static final String DB_PASSWORD = "CONCIERGE_DB_PASSWORD";
  static final String DATA_DIR = "CONCIERGE_DATA_DIR";
  static final String HTTP_PORT = "CONCIERGE_HTTP_PORT";
  static final String ADMIN_PORT = "CONCIERGE_ADMIN_PORT";
  static final String ADMIN_PASSWORD = "CONCIERGE_ADMIN_PASSWORD";
  static final String JAVA_OPTS = "CONCIERGE_JAVA_OPTS";
  static final String MICRO_OPTS = "CONCIERGE_MICRO_OPTS";
  static final String URL = "CONCIERGE_URL";
  static final String RUNTIME_DIR = "CONCIERGE_RUNTIME_DIR";
  static final String SERVER_CONFIG_DIR = "CONCIERGE_SERVER_CONFIG_DIR";

  private Settings() {}
}
