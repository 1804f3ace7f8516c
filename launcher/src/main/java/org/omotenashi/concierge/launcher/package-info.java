/**
 * Starts and stops the whole system on one machine: the database (embedded PostgreSQL unless one is
 * configured) and the application on Payara Micro (the WAR) or Payara Server (the EAR). Used by the
 * {@code ./concierge} script and by the integration tests, so that both start it the same way.
 */
package org.omotenashi.concierge.launcher;
