package org.omotenashi.concierge.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A physical room ("403") of one room type. The business key is its number within the type. */
@Entity
@Table(name = "room")
public class Room {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  @Column(nullable = false, updatable = false)
  private String number;

  /** Step-free with a roll-in shower. */
  @Column(nullable = false)
  private boolean accessible;

  protected Room() {
    // for JPA
  }

  Room(RoomType roomType, String number) {
    this.roomType = roomType;
    this.number = number;
  }

  void setAccessible(boolean accessible) {
    this.accessible = accessible;
  }

  public Long getId() {
    return id;
  }

  public RoomType getRoomType() {
    return roomType;
  }

  public String getNumber() {
    return number;
  }

  public boolean isAccessible() {
    return accessible;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Room room
        && Objects.equals(number, room.number)
        && Objects.equals(roomType, room.roomType);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(number);
  }
}
