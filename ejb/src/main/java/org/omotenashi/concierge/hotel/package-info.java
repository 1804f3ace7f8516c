/**
 * The property (the hotel): its room types and rooms, departments, and the facts the concierge may
 * tell guests. Also the loader for property files of the shape of {@code demo-hotel.yaml}. No booking
 * or messaging logic lives here.
 */
package org.omotenashi.concierge.hotel;
