package org.omotenashi.concierge.messaging;

/**
 * What a provider answered when it accepted a message.
 *
 * @param usedTemplate true when an approved template went out instead of the text (outside
 *     WhatsApp's 24-hour window), which staff see in the console
 */
public record SentMessage(String providerMessageId, boolean usedTemplate) {}
