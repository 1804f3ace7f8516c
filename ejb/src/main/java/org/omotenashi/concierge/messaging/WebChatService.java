package org.omotenashi.concierge.messaging;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The guest web chat: a message and its answer in one HTTP exchange. The message is committed
 * first (its own transaction), then handled (another), then the replies to it are read back: if the
 * server dies in between, the inbox workers answer it later and the guest sees the answer in the
 * history. A guest is whoever holds the conversation id, and the browser's guest id must match.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebChatService {
  public static final int MAX_GUEST_ID = 64;

  @PersistenceContext EntityManager em;
  @Inject InboxService inbox;
  @Inject InboxProcessor processor;
  @Inject MessagingWorkers workers;
  @Inject Clock clock;

  /** The conversation and the replies to this message, in order. */
  public record Exchange(String conversationId, List<Message> replies) {}

  public Exchange send(String conversationId, String guestId, String text, String browserLanguage) {
    if (conversationId != null) {
      history(conversationId, guestId);
    }
    InboundMessage message =
        new InboundMessage(WebChat.PROVIDER, new ChannelAddress(Channel.WEBCHAT, guestId), null,
            null, MessageKind.TEXT, text, clock.instant());
    ReceivedMessage stored = inbox.receive(message, conversationId, browserLanguage);
    processor.handleConversation(stored.conversationId());
    workers.repliesStored();
    List<Message> replies =
        em.createQuery("SELECT m FROM Message m WHERE m.inReplyTo = :id ORDER BY m.id", Message.class)
            .setParameter("id", stored.messageId())
            .getResultList();
    return new Exchange(stored.conversationId(), replies);
  }

  /** The messages of the guest's conversation, for the chat page after a reload. */
  public List<Message> history(String conversationId, String guestId) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null
        || conversation.getChannel() != Channel.WEBCHAT
        || !conversation.getGuest().getAddress().value().equals(guestId)) {
      throw new ConversationNotFoundException(conversationId);
    }
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.conversation = :conversation ORDER BY m.id", Message.class)
        .setParameter("conversation", conversation)
        .getResultList();
  }
}
