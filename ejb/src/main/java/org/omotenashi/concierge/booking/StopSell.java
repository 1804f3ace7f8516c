package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.omotenashi.concierge.hotel.RoomType;

/** Nights on which a room type is not sold; bookings already made for them stay. */
@Entity
@Table(name = "stop_sell")
public class StopSell {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  @Column(name = "first_night", nullable = false)
  private LocalDate firstNight;

  @Column(name = "last_night", nullable = false)
  private LocalDate lastNight;

  private String reason;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected StopSell() {
    // for JPA
  }

  public StopSell(RoomType roomType, NightRange nights, String reason, Actor by, Instant now) {
    this.roomType = roomType;
    this.firstNight = nights.firstNight();
    this.lastNight = nights.lastNight();
    this.reason = reason;
    this.createdBy = by.toString();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public RoomType getRoomType() {
    return roomType;
  }

  public NightRange getNights() {
    return new NightRange(firstNight, lastNight);
  }

  public String getReason() {
    return reason;
  }
}
