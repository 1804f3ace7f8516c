/**
 * Inventory, prices and reservations: availability of each room type for a stay, bookings and
 * their life (create, modify, cancel, check in, check out, no-show) with a history of every change,
 * and the port to a property-management system ({@link
 * org.omotenashi.concierge.booking.PropertyManagementSystem}) with its embedded implementation.
 * Adapters to external PMSs live in sub-packages named after the vendor ({@code booking.qloapps}).
 */
package org.omotenashi.concierge.booking;
