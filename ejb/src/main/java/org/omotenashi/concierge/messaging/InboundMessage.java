package org.omotenashi.concierge.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * A message a guest sent, as a channel adapter hands it over, before it is stored.
 *
 * @param provider who delivered it: {@code webchat}, {@code whatsapp-cloud}, {@code twilio}
 * @param senderName the name the guest's profile shows, where the provider gives one
 * @param providerMessageId the provider's id of the message (WhatsApp {@code wamid...}, Twilio
 *     {@code SM...}): a redelivery with the same id is recognised and not processed again; null for
 *     the web chat, which has no redelivery
 * @param text the text, or a short description for other kinds (a location's name), possibly null
 */
public record InboundMessage(
    String provider,
    ChannelAddress from,
    String senderName,
    String providerMessageId,
    MessageKind kind,
    String text,
    Instant sentAt) {
  public InboundMessage {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
