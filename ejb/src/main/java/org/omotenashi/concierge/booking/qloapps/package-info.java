/**
 * The adapter to the QloApps hotel-booking system's webservice: availability, prices and bookings
 * through {@link org.omotenashi.concierge.booking.qloapps.QloAppsPmsGateway}. Nothing here is used
 * directly by other packages; they go through the {@code booking} package's port.
 */
package org.omotenashi.concierge.booking.qloapps;
