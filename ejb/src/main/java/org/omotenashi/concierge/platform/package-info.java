/**
 * The few cross-cutting pieces every feature uses: the datasource, database migrations, the clock,
 * the data directory and the base of business exceptions. Nothing feature-specific lives here.
 */
package org.omotenashi.concierge.platform;
