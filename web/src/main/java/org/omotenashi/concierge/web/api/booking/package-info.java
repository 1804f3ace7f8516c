/**
 * The staff REST API of bookings: availability and prices, reservations and their history, and the
 * inventory controls (seasonal prices, stop-sells, rooms out of order). Translation only: the rules
 * live in {@code org.omotenashi.concierge.booking}.
 */
package org.omotenashi.concierge.web.api.booking;
