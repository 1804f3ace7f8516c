package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omotenashi.concierge.hotel.PropertyService;

/**
 * Stores what guests send: the first thing every channel does with a message, before it answers the
 * provider. Once {@link #receive} has returned, the message is committed to PostgreSQL and will be
 * handled exactly once by the inbox workers, even if the server dies right after.
 *
 * <p>A message whose provider id is already stored (a webhook delivered again) is recognised and
 * stored once, also when both deliveries arrive at the same moment: the insert relies on the unique
 * index, not on a look-up. Receiving locks the guest's row, so that two first messages of a new
 * guest do not open two conversations.
 */
@Stateless
public class InboxService {
  @PersistenceContext EntityManager em;
  @Inject PropertyService properties;
  @Inject Event<MessageReceived> received;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.conversation.continuation-window", defaultValue = "PT24H")
  Duration continuationWindow;

  @Inject
  @ConfigProperty(name = "concierge.messages.max-text-length", defaultValue = "4096")
  int maxTextLength;

  /** A guest message arrived; wakes the inbox workers once it is committed. */
  public record MessageReceived(String conversationId, long messageId) {}

  public ReceivedMessage receive(InboundMessage message) {
    ReceivedMessage stored = receive(message, null, null);
    if (!stored.duplicate()) {
      received.fire(new MessageReceived(stored.conversationId(), stored.messageId()));
    }
    return stored;
  }

  /**
   * Stores a web chat message in the conversation the browser holds, where it is this guest's; the
   * caller handles it itself (the answer goes back in the same HTTP exchange).
   *
   * @param conversationId the browser's conversation, or null for a new one
   * @param browserLanguage the browser's language: the first guess at the guest's
   */
  public ReceivedMessage receive(InboundMessage message, String conversationId, String browserLanguage) {
    if (message.providerMessageId() != null) {
      Optional<ReceivedMessage> known = findStored(message.provider(), message.providerMessageId());
      if (known.isPresent()) {
        return known.get();
      }
    }
    Instant now = clock.instant();
    Guest guest = lockedGuest(message.from(), now);
    guest.knownAs(message.senderName());
    Conversation conversation = conversationFor(guest, message.provider(), conversationId, browserLanguage, now);
    Optional<Long> id = insert(conversation, message, now);
    if (id.isEmpty()) {
      // The same provider id was stored by a concurrent delivery of the same webhook.
      return findStored(message.provider(), message.providerMessageId()).orElseThrow();
    }
    conversation.guestWrote(now);
    return new ReceivedMessage(conversation.getId(), id.get(), false);
  }

  private Optional<ReceivedMessage> findStored(String provider, String providerMessageId) {
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.provider = :provider"
                + " AND m.providerMessageId = :id AND m.direction = :in",
            Message.class)
        .setParameter("provider", provider)
        .setParameter("id", providerMessageId)
        .setParameter("in", Message.Direction.IN)
        .getResultStream()
        .findFirst()
        .map(m -> new ReceivedMessage(m.getConversation().getId(), m.getId(), true));
  }

  private Guest lockedGuest(ChannelAddress from, Instant now) {
    em.createNativeQuery(
            "INSERT INTO guest (channel, address, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (channel, address) DO NOTHING")
        .setParameter(1, from.channel().name())
        .setParameter(2, from.value())
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    return em.createQuery(
            "SELECT g FROM Guest g WHERE g.channel = :channel AND g.address = :address", Guest.class)
        .setParameter("channel", from.channel())
        .setParameter("address", from.value())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }

  private Conversation conversationFor(
      Guest guest, String provider, String requestedId, String browserLanguage, Instant now) {
    Optional<Conversation> current =
        requestedId != null
            ? Optional.ofNullable(em.find(Conversation.class, requestedId))
                .filter(c -> c.getGuest().equals(guest) && c.getStatus() != ConversationStatus.CLOSED)
            : em.createQuery(
                    "SELECT c FROM Conversation c WHERE c.guest = :guest AND c.provider = :provider"
                        + " ORDER BY c.lastActivityAt DESC",
                    Conversation.class)
                .setParameter("guest", guest)
                .setParameter("provider", provider)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .filter(c -> c.continuesAt(now, continuationWindow));
    return current.orElseGet(() -> {
      List<String> spoken = properties.getProperty().getLanguages();
      Conversation fresh = new Conversation(
          guest, provider, GuestLanguage.guess(guest.getAddress(), browserLanguage, spoken), now);
      em.persist(fresh);
      em.flush();
      return fresh;
    });
  }

  /** Inserts the message unless its provider id is stored already; its id, or empty. */
  private Optional<Long> insert(Conversation conversation, InboundMessage message, Instant now) {
    List<?> ids =
        em.createNativeQuery(
                "INSERT INTO message (conversation_id, direction, author, kind, text, provider,"
                    + " provider_message_id, created_at)"
                    + " VALUES (?1, 'IN', 'GUEST', ?2, ?3, ?4, ?5, ?6)"
                    + " ON CONFLICT (provider, provider_message_id)"
                    + " WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING id")
            .setParameter(1, conversation.getId())
            .setParameter(2, message.kind().name())
            .setParameter(3, truncated(message.text()))
            .setParameter(4, message.provider())
            .setParameter(5, message.providerMessageId())
            .setParameter(6, now.atOffset(ZoneOffset.UTC))
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  /** Kept, never refused: a guest's words are stored even when they exceed what we answer. */
  private String truncated(String text) {
    return text == null || text.length() <= maxTextLength ? text : text.substring(0, maxTextLength);
  }
}
