/**
 * Integration tests: the built application on a real Payara (Micro or Server, chosen by the
 * failsafe execution) with a real PostgreSQL, driven over HTTP like a client would. Each test makes
 * the data it needs; the system is started once per runtime and shared.
 */
package org.omotenashi.concierge.it;
