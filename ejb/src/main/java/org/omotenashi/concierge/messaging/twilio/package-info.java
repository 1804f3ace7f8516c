/**
 * The Twilio adapter: SMS and WhatsApp-through-Twilio, sent through Twilio's Messages REST API and
 * received through its form-encoded webhooks, which are signed with {@code X-Twilio-Signature}.
 * Nothing outside this package knows Twilio's wire format; nothing here stores anything (the inbox
 * and the outbox of {@code messaging} do).
 */
package org.omotenashi.concierge.messaging.twilio;
