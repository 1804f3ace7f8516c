package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/** The provider's news about our replies, and staff sending a failed reply again. */
@Stateless
public class OutboxService {
  private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Applies a delivery status; news of a message we do not know (another system's) is ignored. */
  public void recordDelivery(DeliveryUpdate update) {
    em.createQuery(
            "SELECT m FROM Message m WHERE m.provider = :provider AND m.providerMessageId = :id"
                + " AND m.direction = :out",
            Message.class)
        .setParameter("provider", update.provider())
        .setParameter("id", update.providerMessageId())
        .setParameter("out", Message.Direction.OUT)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            message -> message.applyDelivery(update.status(), update.error(), update.at()),
            () -> LOG.fine(() -> "Delivery status for an unknown message " + update.providerMessageId()));
  }

  public Message resend(String conversationId, long messageId) {
    Message message = em.find(Message.class, messageId);
    if (message == null || !message.getConversation().getId().equals(conversationId)) {
      throw new ConversationNotFoundException(conversationId + "/messages/" + messageId);
    }
    message.resend(clock.instant());
    return message;
  }
}
