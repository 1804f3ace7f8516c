/**
 * Twilio's webhooks (SMS and WhatsApp-through-Twilio): verify the signature, hand the message or
 * status to the messaging services, answer at once. Twilio's wire format is read by {@code
 * messaging.twilio}, not here.
 */
package org.omotenashi.concierge.web.webhook.twilio;
