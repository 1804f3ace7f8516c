package org.omotenashi.concierge.messaging;

import java.time.Instant;

/**
 * A provider's news about a message we sent (WhatsApp {@code statuses[]}, a Twilio status
 * callback).
 *
 * @param error the provider's reason, for FAILED
 */
public record DeliveryUpdate(
    String provider, String providerMessageId, DeliveryStatus status, String error, Instant at) {}
