package org.omotenashi.concierge.hotel;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hotel: identity, contact details, time zone and currency, and what it offers (room types and
 * their rooms, departments, facts). The business key is {@link #getCode()}.
 *
 * <p>A property changes only by {@link #define(PropertyDefinition, Instant)}, which applies a whole
 * property file: room types and rooms are matched by code and number (so that their ids, and what
 * refers to them, survive a re-import); facts and departments are replaced.
 */
@Entity
@Table(name = "property")
public class Property {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String address;

  private String phone;
  private String email;

  @Column(nullable = false)
  private String timezone;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private String languages;

  @Column(name = "front_desk")
  private String frontDesk;

  @Column(name = "booking_reference_prefix", nullable = false)
  private String bookingReferencePrefix;

  @Embedded private StayRules stayRules;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "property", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<RoomType> roomTypes = new ArrayList<>();

  @OneToMany(mappedBy = "property", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PropertyFact> facts = new ArrayList<>();

  @OneToMany(mappedBy = "property", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("code")
  private List<Department> departments = new ArrayList<>();

  protected Property() {
    // for JPA
  }

  public Property(PropertyDefinition definition, Instant now) {
    this.code = definition.code();
    this.createdAt = now;
    define(definition, now);
  }

  /** Makes this property what the file describes. The file's code must be this property's code. */
  public void define(PropertyDefinition definition, Instant now) {
    if (!definition.code().equals(code)) {
      throw new IllegalArgumentException("A definition of " + definition.code() + " for " + code);
    }
    name = definition.name();
    address = definition.address();
    phone = definition.phone();
    email = definition.email();
    timezone = definition.timezone();
    currency = definition.currency();
    languages = String.join(",", definition.languages());
    frontDesk = definition.frontDesk();
    bookingReferencePrefix = definition.bookingReferencePrefix();
    stayRules = definition.stayRules();
    updatedAt = now;
    defineRoomTypes(definition.roomTypes());

    facts.clear();
    List<PropertyDefinition.FactDefinition> factDefinitions = definition.facts();
    for (int i = 0; i < factDefinitions.size(); i++) {
      facts.add(new PropertyFact(this, factDefinitions.get(i), factDefinitions.get(i).language(), i));
    }
    departments.clear();
    definition.departments().forEach(d -> departments.add(new Department(this, d)));
  }

  private void defineRoomTypes(List<PropertyDefinition.RoomTypeDefinition> definitions) {
    var existing =
        roomTypes.stream().collect(Collectors.toMap(RoomType::getCode, Function.identity()));
    List<RoomType> defined = new ArrayList<>();
    for (int i = 0; i < definitions.size(); i++) {
      var definition = definitions.get(i);
      RoomType roomType = existing.get(definition.code());
      if (roomType == null) {
        roomType = new RoomType(this, definition.code());
      }
      roomType.define(definition, i);
      defined.add(roomType);
    }
    roomTypes.retainAll(defined);
    defined.stream().filter(type -> !roomTypes.contains(type)).forEach(roomTypes::add);
    roomTypes.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public ZoneId getTimezone() {
    return ZoneId.of(timezone);
  }

  public Currency getCurrency() {
    return Currency.getInstance(currency);
  }

  public List<String> getLanguages() {
    return List.copyOf(Arrays.asList(languages.split(",")));
  }

  /** The language staff wrote the property in and guests fall back to: the first listed. */
  public String getDefaultLanguage() {
    return getLanguages().get(0);
  }

  public String getFrontDesk() {
    return frontDesk;
  }

  public String getBookingReferencePrefix() {
    return bookingReferencePrefix;
  }

  public StayRules getStayRules() {
    return stayRules;
  }

  /** Today's date where the hotel is: what "tonight" and "in the past" mean for its bookings. */
  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(getTimezone()));
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public List<RoomType> getRoomTypes() {
    return Collections.unmodifiableList(roomTypes);
  }

  public Optional<RoomType> findRoomType(String roomTypeCode) {
    return roomTypes.stream().filter(type -> type.getCode().equals(roomTypeCode)).findFirst();
  }

  public int getRoomCount() {
    return roomTypes.stream().mapToInt(type -> type.getRooms().size()).sum();
  }

  public List<PropertyFact> getFacts() {
    return Collections.unmodifiableList(facts);
  }

  public List<Department> getDepartments() {
    return Collections.unmodifiableList(departments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Property property && Objects.equals(code, property.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
