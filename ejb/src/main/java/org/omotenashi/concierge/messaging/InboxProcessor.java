package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omotenashi.concierge.template.ExperimentService;
import org.omotenashi.concierge.template.RenderedText;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateService;

/**
 * Handles the inbox: the guest messages of one conversation at a time, oldest first, each in the
 * same transaction that stores its replies. The conversation's row is locked while it is handled,
 * so one conversation is never handled by two workers, or two instances, at once, while others are
 * handled in parallel ({@code FOR UPDATE SKIP LOCKED}).
 *
 * <p>Before the responder sees a message: while staff hold the conversation nothing answers; a
 * sender over the rate limit gets one polite reply, then silence (their messages are still kept and
 * shown to staff); anything but text gets a polite "text only, please".
 */
@Stateless
public class InboxProcessor {
  private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject GuestResponder responder;
  @Inject TemplateService templates;
  @Inject ExperimentService experiments;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.messages.rate-limit-per-minute", defaultValue = "20")
  int rateLimit;

  /** Claims a conversation with unhandled messages, if any is free, and handles them. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean handleNextConversation() {
    List<?> claimed =
        em.createNativeQuery(
                "SELECT c.id FROM conversation c WHERE c.id IN (SELECT m.conversation_id FROM message m"
                    + " WHERE m.direction = 'IN' AND m.handled_at IS NULL)"
                    + " ORDER BY c.last_activity_at LIMIT 1 FOR UPDATE OF c SKIP LOCKED")
            .getResultList();
    if (claimed.isEmpty()) {
      return false;
    }
    handlePending(em.find(Conversation.class, claimed.get(0)));
    return true;
  }

  /** Handles a conversation's unhandled messages now, waiting for a worker that holds it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void handleConversation(String conversationId) {
    em.createNativeQuery("SELECT id FROM conversation WHERE id = ?1 FOR UPDATE")
        .setParameter(1, conversationId)
        .getSingleResult();
    handlePending(em.find(Conversation.class, conversationId));
  }

  private void handlePending(Conversation conversation) {
    List<Message> pending =
        em.createQuery(
                "SELECT m FROM Message m WHERE m.conversation = :conversation"
                    + " AND m.direction = :in AND m.handledAt IS NULL ORDER BY m.id",
                Message.class)
            .setParameter("conversation", conversation)
            .setParameter("in", Message.Direction.IN)
            .getResultList();
    for (Message message : pending) {
      List<RenderedText> replies = repliesTo(conversation, message);
      Instant now = clock.instant();
      for (RenderedText text : replies) {
        Message reply = Message.reply(conversation, Message.Author.AGENT, null, text.text(),
            text.language(), message.getId(), now);
        em.persist(reply);
        // Now, so that replies get their ids, and with them their order, as they were written.
        em.flush();
        if (text.exposureId() != null) {
          experiments.linkExposure(text.exposureId(), reply.getId());
        }
      }
      message.markHandled(!replies.isEmpty(), now);
    }
  }

  private List<RenderedText> repliesTo(Conversation conversation, Message message) {
    if (conversation.isHeldByStaff()) {
      return List.of();
    }
    long recent = recentMessagesOfSender(conversation, message);
    if (recent > rateLimit) {
      return recent == rateLimit + 1
          ? List.of(systemText(TemplateKeys.MESSAGE_RATE_LIMITED, conversation))
          : List.of();
    }
    if (message.getKind() != MessageKind.TEXT) {
      return List.of(systemText(TemplateKeys.MESSAGE_TEXT_ONLY, conversation));
    }
    return responder.respond(conversation, message);
  }

  private RenderedText systemText(String key, Conversation conversation) {
    return templates.render(
        key, conversation.getLanguage(), conversation.getGuest().key(), conversation.getId(), Map.of());
  }

  /**
   * How many messages the guest sent in the minute up to this one, this one included. Counted by
   * the messages' own arrival times, so the answer does not depend on how late they are handled.
   */
  private long recentMessagesOfSender(Conversation conversation, Message message) {
    return em.createQuery(
            "SELECT COUNT(m) FROM Message m WHERE m.conversation.guest = :guest"
                + " AND m.direction = :in AND m.createdAt > :since AND m.id <= :id",
            Long.class)
        .setParameter("guest", conversation.getGuest())
        .setParameter("in", Message.Direction.IN)
        .setParameter("since", message.getCreatedAt().minus(RATE_WINDOW))
        .setParameter("id", message.getId())
        .getSingleResult();
  }
}
