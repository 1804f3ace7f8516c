/**
 * The adapter to Meta's WhatsApp Cloud API: its settings, the webhook's signature and payload, and
 * the gateway that sends replies through the Graph API. The only place that knows WhatsApp's wire
 * format; nothing here stores or decides anything.
 */
package org.omotenashi.concierge.messaging.whatsapp;
