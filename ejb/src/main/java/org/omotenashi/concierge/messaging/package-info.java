/**
 * Guest conversations and their messages on every channel: the durable inbox that webhooks write to
 * and workers drain one conversation at a time, the transactional outbox that replies leave through,
 * and the port to the providers ({@link org.omotenashi.concierge.messaging.ChannelGateway}). Provider
 * adapters live in sub-packages named after the vendor ({@code messaging.whatsapp}, {@code
 * messaging.twilio}); nothing here knows a provider's wire format.
 */
package org.omotenashi.concierge.messaging;
