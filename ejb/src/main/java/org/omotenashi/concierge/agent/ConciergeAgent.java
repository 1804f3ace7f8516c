package org.omotenashi.concierge.agent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omotenashi.concierge.agent.dialogue.Concierge;
import org.omotenashi.concierge.agent.dialogue.DialogueState;
import org.omotenashi.concierge.agent.dialogue.MessageReader;
import org.omotenashi.concierge.agent.dialogue.Reading;
import org.omotenashi.concierge.agent.dialogue.Reply;
import org.omotenashi.concierge.agent.dialogue.TurnContext;
import org.omotenashi.concierge.agent.dialogue.TurnOutcome;
import org.omotenashi.concierge.agent.llm.LlmAgent;
import org.omotenashi.concierge.booking.BookingService;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.Conversation;
import org.omotenashi.concierge.messaging.ConversationStatus;
import org.omotenashi.concierge.messaging.GuestResponder;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.task.TaskService;
import org.omotenashi.concierge.template.RenderedText;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateService;

/**
 * The concierge as the inbox's responder: reads the message, lets the {@link Concierge} decide with
 * the hotel's real tools (or, where the hotel configured one, lets an LLM choose the same tools,
 * falling back to the offline {@link Concierge} when it fails), then, in the transaction that marks
 * the message handled, stores the dialogue state and the turn, hands the conversation to staff when
 * it must, and renders the replies in the guest's language. While staff hold or are about to take
 * the conversation, it stays silent.
 */
@ApplicationScoped
public class ConciergeAgent implements GuestResponder {
  private static final Logger LOG = Logger.getLogger(ConciergeAgent.class.getName());
  private static final int RECENT_MESSAGES = 10;
  private final Concierge concierge = new Concierge();

  @PersistenceContext EntityManager em;
  @Inject AgentModels models;
  @Inject LlmAgent llm;
  @Inject PropertyService properties;
  @Inject BookingService bookings;
  @Inject TaskService tasks;
  @Inject TemplateService templates;
  @Inject Clock clock;

  /** False for hotels whose staff answer every guest themselves: the agent only acknowledges. */
  @Inject
  @ConfigProperty(name = "concierge.agent.enabled", defaultValue = "true")
  boolean enabled;

  @Override
  public List<RenderedText> respond(Conversation conversation, Message message) {
    boolean waiting = conversation.getStatus() == ConversationStatus.WAITING_FOR_STAFF;
    if (conversation.getStatus() != ConversationStatus.BOT && !(waiting && enabled)) {
      return List.of();
    }
    if (!enabled) {
      return acknowledgeForStaff(conversation);
    }
    Instant now = clock.instant();
    Property property = properties.getProperty();
    MessageReader reader = models.reader(property);
    TurnContext context =
        new TurnContext(
            conversation.getId(),
            conversation.getChannel() == Channel.WEBCHAT
                ? null
                : conversation.getGuest().getAddress().value(),
            property.today(clock),
            now);
    AgentDialogue dialogue = em.find(AgentDialogue.class, conversation.getId());
    Reading reading =
        reader.read(
            message.getText(), conversation.getLanguage(), dialogue != null, context.today());
    DialogueState state = dialogue == null ? new DialogueState() : dialogue.state();

    HotelToolbox tools = new HotelToolbox(bookings, tasks, em, conversation, message);
    TurnOutcome outcome;
    try {
      if (waiting) {
        outcome = concierge.whileWaitingForStaff(reading, state, context, reader.hotel(), tools);
      } else {
        outcome =
            llm.answer(
                    reading,
                    state,
                    context,
                    reader.hotel(),
                    tools,
                    recentMessages(conversation, message))
                .orElseGet(
                    () -> concierge.answer(reading, state, context, reader.hotel(), tools));
      }
    } catch (RuntimeException e) {
      // A fault of the agent must not cost the guest an answer: staff take the conversation.
      LOG.log(
          Level.SEVERE,
          "The concierge failed on message " + message.getId() + " of " + conversation.getId(),
          e);
      outcome = concierge.handOffAfterFailure(reading, state, context, reader.hotel(), tools);
    }

    if (!outcome.language().equals(conversation.getLanguage())) {
      conversation.changeLanguage(outcome.language());
    }
    outcome.handoffReason().ifPresent(reason -> conversation.handToStaff(reason, now));
    if (dialogue == null) {
      em.persist(new AgentDialogue(conversation.getId(), state, now));
    } else {
      dialogue.remember(state, now);
    }
    em.persist(new AgentTurn(conversation.getId(), message.getId(), outcome, now));
    return outcome.replies().stream().map(reply -> render(reply, conversation)).toList();
  }

  /** The first message of each conversation gets a thank-you, and staff take it from there. */
  private List<RenderedText> acknowledgeForStaff(Conversation conversation) {
    conversation.handToStaff("The concierge agent is switched off: staff answer every guest", clock.instant());
    return List.of(
        templates.render(
            TemplateKeys.CONVERSATION_ACKNOWLEDGED,
            conversation.getLanguage(),
            conversation.getGuest().key(),
            conversation.getId(),
            Map.of("hotelName", properties.getProperty().getName())));
  }

  /**
   * The conversation before this message, oldest first, for an LLM provider: read only when one is
   * configured, so the offline agent costs no query.
   */
  private List<String> recentMessages(Conversation conversation, Message message) {
    if (!llm.isEnabled()) {
      return List.of();
    }
    List<Message> recent =
        new ArrayList<>(
            em.createQuery(
                    "SELECT m FROM Message m WHERE m.conversation = :conversation AND m.id < :id"
                        + " AND m.text IS NOT NULL ORDER BY m.id DESC",
                    Message.class)
                .setParameter("conversation", conversation)
                .setParameter("id", message.getId())
                .setMaxResults(RECENT_MESSAGES)
                .getResultList());
    Collections.reverse(recent);
    return recent.stream()
        .map(
            m ->
                (m.getDirection() == Message.Direction.IN ? "Guest: " : "Concierge: ")
                    + m.getText())
        .toList();
  }

  private RenderedText render(Reply reply, Conversation conversation) {
    Set<String> allowed = TemplateKeys.VARIABLES.getOrDefault(reply.key(), Set.of());
    Map<String, Object> variables = new HashMap<>();
    reply
        .variables()
        .forEach(
            (name, value) -> {
              if (allowed.contains(name)) {
                variables.put(name, text(value, conversation));
              }
            });
    return templates.render(
        reply.key(),
        conversation.getLanguage(),
        conversation.getGuest().key(),
        conversation.getId(),
        variables);
  }

  /** A value as the template takes it: nested texts rendered first, lists one item a line. */
  private Object text(Object value, Conversation conversation) {
    if (value instanceof Reply nested) {
      return render(nested, conversation).text();
    }
    if (value instanceof List<?> parts) {
      return parts.stream()
          .map(part -> String.valueOf(text(part, conversation)))
          .collect(Collectors.joining("\n"));
    }
    return value;
  }
}
