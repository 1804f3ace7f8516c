/**
 * Staff accounts, their roles and sign-in: password hashing, the access tokens (RS256 JWTs that
 * MicroProfile JWT verifies) and refresh tokens, and the signing keys. Authorisation rules live at the
 * boundaries ({@code @RolesAllowed}), not here.
 */
package org.omotenashi.concierge.staff;
