package org.omotenashi.concierge.messaging;

/**
 * A reply on its way to a guest, as the outbox hands it to a gateway.
 *
 * @param messageId our id of the message, stable across retries (a gateway may use it to make the
 *     send idempotent)
 * @param insideServiceWindow whether the guest wrote within the channel's window for free text
 *     (WhatsApp: 24 hours); outside it a gateway sends an approved template instead, or refuses
 * @param language the conversation's language, for a template
 */
public record OutgoingMessage(
    long messageId, ChannelAddress to, String text, boolean insideServiceWindow, String language) {}
