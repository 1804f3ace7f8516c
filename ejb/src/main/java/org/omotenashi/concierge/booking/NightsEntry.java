package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What staff set for some nights (a seasonal price, a stop-sell, a room out of order): the nights,
 * both ends included, and who set it when. Never changed; removed when no longer wanted.
 */
@MappedSuperclass
public abstract class NightsEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "first_night", nullable = false, updatable = false)
  private LocalDate firstNight;

  @Column(name = "last_night", nullable = false, updatable = false)
  private LocalDate lastNight;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected NightsEntry() {
    // for JPA
  }

  protected NightsEntry(NightRange nights, Actor by, Instant now) {
    this.firstNight = nights.firstNight();
    this.lastNight = nights.lastNight();
    this.createdBy = by.toString();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public NightRange getNights() {
    return new NightRange(firstNight, lastNight);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
