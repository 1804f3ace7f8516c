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
import org.omotenashi.concierge.hotel.Room;

/** Nights on which a room cannot be used (maintenance): its type has one room fewer to sell. */
@Entity
@Table(name = "room_out_of_order")
public class RoomOutOfOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "first_night", nullable = false)
  private LocalDate firstNight;

  @Column(name = "last_night", nullable = false)
  private LocalDate lastNight;

  private String reason;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RoomOutOfOrder() {
    // for JPA
  }

  public RoomOutOfOrder(Room room, NightRange nights, String reason, Actor by, Instant now) {
    this.room = room;
    this.firstNight = nights.firstNight();
    this.lastNight = nights.lastNight();
    this.reason = reason;
    this.createdBy = by.toString();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Room getRoom() {
    return room;
  }

  public NightRange getNights() {
    return new NightRange(firstNight, lastNight);
  }

  public String getReason() {
    return reason;
  }
}
