package org.omotenashi.concierge.launcher;

import java.util.Objects;

/**
 * A PostgreSQL database the application should use instead of an embedded one: the values of {@code
 * CONCIERGE_DB_URL}, {@code CONCIERGE_DB_USER} and {@code CONCIERGE_DB_PASSWORD}.
 *
 * @param url a JDBC URL, {@code jdbc:postgresql://host:port/database}
 * @param user the role the application signs in as
 * @param password its password; empty where the server does not ask for one
 */
public record ExternalDatabase(String url, String user, String password) {
  public ExternalDatabase {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    password = password == null ? "" : password;
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
    }
  }

  /** Leaves the password out, so that logging the options never prints it. */
  @Override
  public String toString() {
    return "ExternalDatabase[url=" + url + ", user=" + user + ", password=***]";
  }
}
