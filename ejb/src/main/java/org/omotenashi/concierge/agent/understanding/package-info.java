/**
 * What the concierge agent reads out of a guest's message (such as the stay dates it names), in the
 * six languages guests write in; nothing here decides what to answer or touches a booking.
 */
package org.omotenashi.concierge.agent.understanding;
