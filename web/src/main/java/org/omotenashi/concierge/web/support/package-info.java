/**
 * What every boundary shares: the JAX-RS application, the authentication mechanism (MP-JWT bearer
 * tokens for the API, a session for the console), problem documents for every error, and the
 * request log. No business rules.
 */
package org.omotenashi.concierge.web.support;
