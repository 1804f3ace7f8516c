package org.omotenashi.concierge.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation, in either direction.
 *
 * <p>A guest's message ({@code IN}) is in the inbox until {@link #markHandled} records that the
 * agent, a rule or staff dealt with it. A reply ({@code OUT}) is in the outbox while its delivery
 * status is {@code PENDING}: {@link #markSent}, {@link #retryAt} and {@link #markFailed} are the
 * outbox's; {@link #applyDelivery} takes the provider's later news, which only moves forward.
 */
@Entity
@Table(name = "message")
public class Message {
  /** Whether a message came from the guest or goes to them. */
  public enum Direction {
    IN,
    OUT
  }

  /** Who wrote it. */
  public enum Author {
    GUEST,
    AGENT,
    STAFF
  }

  public static final int MAX_REASON = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "conversation_id", updatable = false)
  private Conversation conversation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Author author;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MessageKind kind;

  @Column(updatable = false)
  private String text;

  private String language;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(name = "provider_message_id")
  private String providerMessageId;

  @Column(name = "staff_member", updatable = false)
  private String staffMember;

  @Column(name = "in_reply_to", updatable = false)
  private Long inReplyTo;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "handled_at")
  private Instant handledAt;

  private Boolean answered;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_status")
  private DeliveryStatus deliveryStatus;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "failure_reason", length = MAX_REASON)
  private String failureReason;

  @Column(name = "used_template", nullable = false)
  private boolean usedTemplate;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  protected Message() {
    // for JPA
  }

  /**
   * A reply to the guest, waiting in the outbox; or, on the web chat, which has no provider to send
   * through, already delivered (the guest's browser fetches it).
   *
   * @param inReplyTo the guest message it answers, or null (a staff member writing first)
   */
  public static Message reply(
      Conversation conversation, Author author, String staffMember, String text, String language,
      Long inReplyTo, Instant now) {
    Message reply = new Message();
    reply.conversation = conversation;
    reply.direction = Direction.OUT;
    reply.author = author;
    reply.staffMember = staffMember;
    reply.kind = MessageKind.TEXT;
    reply.text = text;
    reply.language = language;
    reply.provider = conversation.getProvider();
    reply.inReplyTo = inReplyTo;
    reply.createdAt = now;
    if (WebChat.PROVIDER.equals(conversation.getProvider())) {
      reply.deliveryStatus = DeliveryStatus.DELIVERED;
      reply.statusChangedAt = now;
    } else {
      reply.deliveryStatus = DeliveryStatus.PENDING;
      reply.nextAttemptAt = now;
    }
    conversation.hotelWrote(now);
    return reply;
  }

  /** The guest message has been dealt with; {@code answered} says whether anything replied. */
  public void markHandled(boolean answered, Instant now) {
    this.handledAt = now;
    this.answered = answered;
  }

  public void markSent(String providerId, boolean template, Instant now) {
    requireOutgoing();
    providerMessageId = providerId;
    usedTemplate = template;
    attempts++;
    deliveryStatus = DeliveryStatus.SENT;
    nextAttemptAt = null;
    failureReason = null;
    statusChangedAt = now;
  }

  /** A failed attempt that will be tried again at {@code next}. */
  public void retryAt(Instant next, String reason) {
    requireOutgoing();
    attempts++;
    nextAttemptAt = next;
    failureReason = truncate(reason);
  }

  public void markFailed(String reason, Instant now) {
    requireOutgoing();
    deliveryStatus = DeliveryStatus.FAILED;
    nextAttemptAt = null;
    failureReason = truncate(reason);
    statusChangedAt = now;
  }

  /** Staff send a failed reply again: back into the outbox, attempts counted afresh. */
  public void resend(Instant now) {
    requireOutgoing();
    if (deliveryStatus != DeliveryStatus.FAILED) {
      throw new ConversationStateException("Only a failed message can be sent again");
    }
    deliveryStatus = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    statusChangedAt = now;
  }

  /** The provider's news about this reply; ignored when it is not news (delivered after read). */
  public void applyDelivery(DeliveryStatus status, String error, Instant at) {
    requireOutgoing();
    if (status == DeliveryStatus.FAILED || status.isAfter(deliveryStatus)) {
      deliveryStatus = status;
      statusChangedAt = at;
      if (status == DeliveryStatus.FAILED) {
        failureReason = truncate(error == null ? "The provider reported a failure" : error);
      }
    }
  }

  private void requireOutgoing() {
    if (direction != Direction.OUT) {
      throw new IllegalStateException("Message " + id + " is a guest's message");
    }
  }

  private static String truncate(String reason) {
    return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public Direction getDirection() {
    return direction;
  }

  public Author getAuthor() {
    return author;
  }

  public MessageKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getLanguage() {
    return language;
  }

  public String getProviderMessageId() {
    return providerMessageId;
  }

  public String getStaffMember() {
    return staffMember;
  }

  public Long getInReplyTo() {
    return inReplyTo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getHandledAt() {
    return handledAt;
  }

  public Boolean getAnswered() {
    return answered;
  }

  public DeliveryStatus getDeliveryStatus() {
    return deliveryStatus;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getFailureReason() {
    return failureReason;
  }

  public boolean isUsedTemplate() {
    return usedTemplate;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message message && id != null && Objects.equals(id, message.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
