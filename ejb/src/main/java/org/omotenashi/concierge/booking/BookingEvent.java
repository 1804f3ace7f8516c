package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a booking's history: what happened to it, who did it, and when. Never changed. */
@Entity
@Table(name = "booking_event")
public class BookingEvent {
  /** What can happen to a booking. */
  public enum Action {
    CREATED,
    MODIFIED,
    CANCELLED,
    CHECKED_IN,
    CHECKED_OUT,
    NO_SHOW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String detail;

  protected BookingEvent() {
    // for JPA
  }

  public BookingEvent(
      BookingReference reference, Action action, Actor actor, String detail, Instant occurredAt) {
    this.reference = reference.value();
    this.action = action.name();
    this.actor = actor.toString();
    this.detail = detail;
    this.occurredAt = occurredAt;
  }

  public String getReference() {
    return reference;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Action getAction() {
    return Action.valueOf(action);
  }

  public String getDetail() {
    return detail;
  }
}
