package org.omotenashi.concierge.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A thread of messages between a guest and the hotel on one channel, through one provider. Its id
 * ({@code c-...}) is what the web chat hands the guest, so it is unguessable.
 *
 * <p>Who answers is its {@link ConversationStatus}: while staff hold it ({@code STAFF}), nothing
 * automatic answers. A guest who writes again within the continuation window continues it; a
 * closed one is never continued.
 */
@Entity
@Table(name = "conversation")
public class Conversation {
  private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  private static final int ID_LENGTH = 16;
  private static final RandomGenerator RANDOM = new SecureRandom();

  @Id private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "guest_id", updatable = false)
  private Guest guest;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConversationStatus status;

  @Column(nullable = false)
  private String language;

  @Column(name = "staff_member")
  private String staffMember;

  @Column(name = "handoff_reason")
  private String handoffReason;

  @Column(name = "last_guest_message_at")
  private Instant lastGuestMessageAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Conversation() {
    // for JPA
  }

  public Conversation(Guest guest, String provider, String language, Instant now) {
    this.id = newId();
    this.guest = guest;
    this.channel = guest.getAddress().channel();
    this.provider = provider;
    this.language = language;
    this.status = ConversationStatus.BOT;
    this.createdAt = now;
    this.lastActivityAt = now;
  }

  private static String newId() {
    StringBuilder id = new StringBuilder("c-");
    for (int i = 0; i < ID_LENGTH; i++) {
      id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  /** Whether a guest message at {@code now} continues this conversation rather than a new one. */
  public boolean continuesAt(Instant now, Duration window) {
    return status != ConversationStatus.CLOSED && !lastActivityAt.plus(window).isBefore(now);
  }

  public void guestWrote(Instant at) {
    lastGuestMessageAt = at;
    lastActivityAt = at;
  }

  public void hotelWrote(Instant at) {
    lastActivityAt = at;
  }

  /** Whether free text may go to the guest at {@code now}: within {@code window} of their last message. */
  public boolean isInsideServiceWindow(Instant now, Duration window) {
    return lastGuestMessageAt != null && !lastGuestMessageAt.plus(window).isBefore(now);
  }

  /** The guest writes in another of the hotel's languages now: replies follow. */
  public void changeLanguage(String newLanguage) {
    language = java.util.Objects.requireNonNull(newLanguage, "language");
  }

  /** The concierge cannot help, or the guest asked for a person: staff are waiting to take it. */
  public void handToStaff(String reason, Instant now) {
    requireOpen();
    if (status == ConversationStatus.BOT) {
      status = ConversationStatus.WAITING_FOR_STAFF;
      handoffReason = reason;
      lastActivityAt = now;
    }
  }

  /** A staff member answers from now on; the agent stays silent. */
  public void takeOver(String staffUsername, Instant now) {
    requireOpen();
    if (status == ConversationStatus.STAFF && !staffUsername.equals(staffMember)) {
      throw new ConversationStateException(
          "Conversation " + id + " is already held by " + staffMember);
    }
    status = ConversationStatus.STAFF;
    staffMember = staffUsername;
    lastActivityAt = now;
  }

  /** The agent answers again. */
  public void handBack(Instant now) {
    requireOpen();
    status = ConversationStatus.BOT;
    staffMember = null;
    handoffReason = null;
    lastActivityAt = now;
  }

  public void close(Instant now) {
    status = ConversationStatus.CLOSED;
    lastActivityAt = now;
  }

  /** Whether a staff member holds it: then nothing automatic answers the guest. */
  public boolean isHeldByStaff() {
    return status == ConversationStatus.STAFF;
  }

  private void requireOpen() {
    if (status == ConversationStatus.CLOSED) {
      throw new ConversationStateException("Conversation " + id + " is closed");
    }
  }

  public String getId() {
    return id;
  }

  public Guest getGuest() {
    return guest;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getProvider() {
    return provider;
  }

  public ConversationStatus getStatus() {
    return status;
  }

  public String getLanguage() {
    return language;
  }

  public String getStaffMember() {
    return staffMember;
  }

  public String getHandoffReason() {
    return handoffReason;
  }

  public Instant getLastGuestMessageAt() {
    return lastGuestMessageAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Conversation conversation && Objects.equals(id, conversation.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
