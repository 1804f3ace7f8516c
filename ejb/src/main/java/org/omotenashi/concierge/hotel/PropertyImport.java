package org.omotenashi.concierge.hotel;

import java.util.List;

/**
 * The outcome of loading a property file: whether the property was new, and the staff accounts the
 * file opened, each with its generated password (shown once, to whoever ran the import), or null
 * where the password came from configuration.
 */
public record PropertyImport(String propertyCode, boolean created, List<OpenedAccount> accounts) {
  public record OpenedAccount(String username, String role, String initialPassword) {}
}
