/**
 * The dashboard: the console's start page, an overview of the property and of today at the hotel.
 * It reads through the services of the {@code ejb} module and never writes.
 */
package org.omotenashi.concierge.web.console.dashboard;
