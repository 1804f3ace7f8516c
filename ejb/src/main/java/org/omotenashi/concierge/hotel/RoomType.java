package org.omotenashi.concierge.hotel;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A kind of room the hotel sells (Deluxe King), with its capacity, its rates per night and the rooms
 * that are of this type. The business key is the property and {@link #getCode()}.
 */
@Entity
@Table(name = "room_type")
public class RoomType {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "property_id")
  private Property property;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String beds;

  @Column(name = "max_guests", nullable = false)
  private int maxGuests;

  @Column(name = "size_m2", nullable = false)
  private int sizeM2;

  @Column(name = "base_rate", nullable = false)
  private BigDecimal baseRate;

  @Column(name = "weekend_rate")
  private BigDecimal weekendRate;

  @Column(nullable = false)
  private int position;

  @OneToMany(mappedBy = "roomType", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Room> rooms = new ArrayList<>();

  protected RoomType() {
    // for JPA
  }

  RoomType(Property property, String code) {
    this.property = property;
    this.code = code;
  }

  void define(PropertyDefinition.RoomTypeDefinition definition, int position) {
    this.name = definition.name();
    this.beds = definition.beds();
    this.maxGuests = definition.maxGuests();
    this.sizeM2 = definition.sizeM2();
    this.baseRate = definition.rate();
    this.weekendRate = definition.weekendRate();
    this.position = position;

    var existing = rooms.stream().collect(Collectors.toMap(Room::getNumber, Function.identity()));
    Set<String> accessible = Set.copyOf(definition.accessibleRooms());
    List<Room> defined = new ArrayList<>();
    for (String number : definition.rooms()) {
      Room room = existing.getOrDefault(number, new Room(this, number));
      room.setAccessible(accessible.contains(number));
      defined.add(room);
    }
    rooms.retainAll(defined);
    defined.stream().filter(room -> !rooms.contains(room)).forEach(rooms::add);
  }

  public Long getId() {
    return id;
  }

  public Property getProperty() {
    return property;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getBeds() {
    return beds;
  }

  public int getMaxGuests() {
    return maxGuests;
  }

  public int getSizeM2() {
    return sizeM2;
  }

  /** The nightly rate, taxes included, in the property's currency. */
  public BigDecimal getBaseRate() {
    return baseRate;
  }

  /** The rate for Friday and Saturday nights, where the hotel has one. */
  public Optional<BigDecimal> findWeekendRate() {
    return Optional.ofNullable(weekendRate);
  }

  int getPosition() {
    return position;
  }

  public List<Room> getRooms() {
    return Collections.unmodifiableList(rooms);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoomType type
        && Objects.equals(code, type.code)
        && Objects.equals(property, type.property);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code);
  }
}
