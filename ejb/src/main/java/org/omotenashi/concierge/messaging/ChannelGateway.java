package org.omotenashi.concierge.messaging;

/**
 * Sends replies through one provider. Implementations are CDI beans in the provider's sub-package;
 * the outbox finds the one whose {@link #provider()} matches the conversation's provider.
 *
 * <p>A gateway whose settings are missing is {@linkplain #isEnabled() switched off}: its webhook
 * answers 404 and the console says so.
 */
public interface ChannelGateway {
  /** {@code whatsapp-cloud}, {@code twilio}. */
  String provider();

  boolean isEnabled();

  SentMessage send(OutgoingMessage message) throws DeliveryFailure;
}
