package org.omotenashi.concierge.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.omotenashi.concierge.hotel.Room;

/** Nights on which a room cannot be used (maintenance): its type has one room fewer to sell. */
@Entity
@Table(name = "room_out_of_order")
public class RoomOutOfOrder extends NightsEntry {
  @ManyToOne(optional = false)
  @JoinColumn(name = "room_id")
  private Room room;

  private String reason;

  protected RoomOutOfOrder() {
    // for JPA
  }

  public RoomOutOfOrder(Room room, NightRange nights, String reason, Actor by, Instant now) {
    super(nights, by, now);
    this.room = room;
    this.reason = reason;
  }

  public Room getRoom() {
    return room;
  }

  public String getReason() {
    return reason;
  }
}
