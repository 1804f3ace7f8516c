package org.omotenashi.concierge.messaging;

/**
 * What storing an inbound message did: the conversation it went to, its id, and whether it was a
 * redelivery of a message already stored (then nothing new was stored).
 */
public record ReceivedMessage(String conversationId, long messageId, boolean duplicate) {}
