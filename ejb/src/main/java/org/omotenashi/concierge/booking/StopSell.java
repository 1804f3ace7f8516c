package org.omotenashi.concierge.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.omotenashi.concierge.hotel.RoomType;

/** Nights on which a room type is not sold; bookings already made for them stay. */
@Entity
@Table(name = "stop_sell")
public class StopSell extends NightsEntry {
  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  private String reason;

  protected StopSell() {
    // for JPA
  }

  public StopSell(RoomType roomType, NightRange nights, String reason, Actor by, Instant now) {
    super(nights, by, now);
    this.roomType = roomType;
    this.reason = reason;
  }

  public RoomType getRoomType() {
    return roomType;
  }

  public String getReason() {
    return reason;
  }
}
