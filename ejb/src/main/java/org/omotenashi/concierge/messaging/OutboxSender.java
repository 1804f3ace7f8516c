package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what waits in the outbox, one message per transaction: the oldest pending reply of a
 * conversation whose earlier replies have all left (so a guest reads them in order), claimed with
 * {@code FOR UPDATE SKIP LOCKED} so that several workers and instances share the work.
 *
 * <p>A failed attempt is retried with exponential backoff (2 s, 4 s, 8 s, ... at most 5 minutes);
 * after {@code concierge.outbox.max-attempts}, or at once for a permanent failure, the reply is
 * marked FAILED with the reason, which staff see, and can send again.
 */
@Stateless
public class OutboxSender {
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
  private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject @Any Instance<ChannelGateway> gateways;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.outbox.max-attempts", defaultValue = "6")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "concierge.messages.service-window", defaultValue = "PT24H")
  Duration serviceWindow;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendNext() {
    List<?> claimed =
        em.createNativeQuery(
                "SELECT m.id FROM message m WHERE m.direction = 'OUT' AND m.delivery_status = 'PENDING'"
                    + " AND m.next_attempt_at <= ?1 AND NOT EXISTS (SELECT 1 FROM message o"
                    + " WHERE o.conversation_id = m.conversation_id AND o.direction = 'OUT'"
                    + " AND o.delivery_status = 'PENDING' AND o.id < m.id)"
                    + " ORDER BY m.id LIMIT 1 FOR UPDATE OF m SKIP LOCKED")
            .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
            .getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    send(em.find(Message.class, ((Number) claimed.get(0)).longValue()));
    return true;
  }

  private void send(Message message) {
    Conversation conversation = message.getConversation();
    Instant now = clock.instant();
    Optional<ChannelGateway> gateway =
        gateways.stream()
            .filter(candidate -> candidate.provider().equals(conversation.getProvider()))
            .filter(ChannelGateway::isEnabled)
            .findFirst();
    if (gateway.isEmpty()) {
      message.markFailed("The " + conversation.getProvider() + " channel is not configured", now);
      return;
    }
    OutgoingMessage outgoing =
        new OutgoingMessage(
            message.getId(),
            conversation.getGuest().getAddress(),
            message.getText(),
            conversation.isInsideServiceWindow(now, serviceWindow),
            message.getLanguage());
    try {
      SentMessage sent = gateway.get().send(outgoing);
      message.markSent(sent.providerMessageId(), sent.usedTemplate(), clock.instant());
    } catch (DeliveryFailure failure) {
      failed(message, failure.getMessage(), failure.isPermanent());
    } catch (RuntimeException unexpected) {
      // A timeout or an open circuit breaker of the gateway: the provider may answer later.
      failed(message, unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), false);
    }
  }

  private void failed(Message message, String reason, boolean permanent) {
    Instant now = clock.instant();
    if (permanent || message.getAttempts() + 1 >= maxAttempts) {
      message.markFailed(reason, now);
    } else {
      message.retryAt(now.plus(backoff(message.getAttempts())), reason);
    }
  }

  static Duration backoff(int attemptsSoFar) {
    Duration delay = FIRST_BACKOFF.multipliedBy(1L << Math.min(attemptsSoFar, 20));
    return delay.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : delay;
  }
}
