package org.omotenashi.concierge.web.api.conversation;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.omotenashi.concierge.agent.AgentTurn;
import org.omotenashi.concierge.messaging.Channel;
import org.omotenashi.concierge.messaging.Conversation;
import org.omotenashi.concierge.messaging.ConversationStatus;
import org.omotenashi.concierge.messaging.DeliveryStatus;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.messaging.MessageKind;
import org.omotenashi.concierge.messaging.twilio.SmsSegments;

/**
 * A conversation as shared/API.md shows it, with each message's delivery for staff and, on SMS, how
 * many segments it costs, and {@code turns}: what the agent understood and did on each guest
 * message.
 */
@JsonbNillable
public record ConversationView(
    String id,
    Channel channel,
    ConversationStatus status,
    String language,
    GuestView guest,
    String staffMember,
    String handoffReason,
    Instant lastActivityAt,
    List<MessageView> messages,
    List<TurnView> turns) {

  /** One agent turn: slots and tools as the agent recorded them. */
  public record TurnView(
      long messageId, String language, String intent, double confidence, JsonObject slots, JsonArray tools) {
    public static TurnView of(AgentTurn turn) {
      try (var slots = Json.createReader(new StringReader(turn.getSlots()));
          var tools = Json.createReader(new StringReader(turn.getTools()))) {
        return new TurnView(turn.getMessageId(), turn.getLanguage(), turn.getIntent(),
            turn.getConfidence().doubleValue(), slots.readObject(), tools.readArray());
      }
    }
  }

  @JsonbNillable
  public record GuestView(String name, String address) {}

  @JsonbNillable
  public record MessageView(
      long id,
      Message.Direction direction,
      Message.Author author,
      MessageKind kind,
      String text,
      Instant sentAt,
      String staffMember,
      Long inReplyTo,
      DeliveryStatus deliveryStatus,
      String providerMessageId,
      String failureReason,
      boolean usedTemplate,
      Integer smsSegments) {
    public static MessageView of(Message message) {
      return new MessageView(
          message.getId(),
          message.getDirection(),
          message.getAuthor(),
          message.getKind(),
          message.getText(),
          message.getCreatedAt(),
          message.getStaffMember(),
          message.getInReplyTo(),
          message.getDeliveryStatus(),
          message.getProviderMessageId(),
          message.getFailureReason(),
          message.isUsedTemplate(),
          message.getConversation().getChannel() == Channel.SMS && message.getText() != null
              ? SmsSegments.count(message.getText())
              : null);
    }
  }

  /** The conversation without its messages, for the inbox list. */
  public static ConversationView summary(Conversation conversation) {
    return of(conversation, null, null);
  }

  public static ConversationView of(Conversation conversation, List<Message> messages, List<AgentTurn> turns) {
    return new ConversationView(
        conversation.getId(),
        conversation.getChannel(),
        conversation.getStatus(),
        conversation.getLanguage(),
        new GuestView(
            conversation.getGuest().getName(), conversation.getGuest().getAddress().value()),
        conversation.getStaffMember(),
        conversation.getHandoffReason(),
        conversation.getLastActivityAt(),
        messages == null ? null : messages.stream().map(MessageView::of).toList(),
        turns == null ? null : turns.stream().map(TurnView::of).toList());
  }
}
