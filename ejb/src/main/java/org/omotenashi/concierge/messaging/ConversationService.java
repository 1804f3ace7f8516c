package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;

/**
 * Conversations as staff work with them: the inbox list, one conversation with its messages, taking
 * over and handing back, and replying. A staff reply takes the conversation over (the agent must not
 * talk over a person) and leaves through the same outbox as every reply.
 */
@Stateless
public class ConversationService {
  public static final int MAX_REPLY_LENGTH = 4096;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject MessagingWorkers workers;

  /** Newest activity first; all open ones when {@code status} is null. */
  public List<Conversation> list(ConversationStatus status, int limit) {
    TypedQuery<Conversation> query =
        status == null
            ? em.createQuery("SELECT c FROM Conversation c ORDER BY c.lastActivityAt DESC", Conversation.class)
            : em.createQuery(
                    "SELECT c FROM Conversation c WHERE c.status = :status ORDER BY c.lastActivityAt DESC",
                    Conversation.class)
                .setParameter("status", status);
    return query.setMaxResults(limit).getResultList();
  }

  public Conversation get(String id) {
    Conversation conversation = em.find(Conversation.class, id);
    if (conversation == null) {
      throw new ConversationNotFoundException(id);
    }
    return conversation;
  }

  public List<Message> messages(Conversation conversation) {
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.conversation = :conversation ORDER BY m.id", Message.class)
        .setParameter("conversation", conversation)
        .getResultList();
  }

  public Conversation takeOver(String id, String staffMember) {
    Conversation conversation = get(id);
    conversation.takeOver(staffMember, clock.instant());
    return conversation;
  }

  public Conversation handBack(String id) {
    Conversation conversation = get(id);
    conversation.handBack(clock.instant());
    return conversation;
  }

  public Message reply(String id, String staffMember, String text) {
    if (text == null || text.isBlank() || text.length() > MAX_REPLY_LENGTH) {
      throw new InvalidMessageException("text", "must be 1 to " + MAX_REPLY_LENGTH + " characters");
    }
    Conversation conversation = get(id);
    conversation.takeOver(staffMember, clock.instant());
    Message reply = Message.reply(conversation, Message.Author.STAFF, staffMember, text.strip(),
        conversation.getLanguage(), null, clock.instant());
    em.persist(reply);
    em.flush();
    workers.repliesStored();
    return reply;
  }
}
