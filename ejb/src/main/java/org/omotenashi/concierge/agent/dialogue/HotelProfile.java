package org.omotenashi.concierge.agent.dialogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.hotel.Department;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyFact;
import org.omotenashi.concierge.hotel.Room;
import org.omotenashi.concierge.hotel.StayRules;

/**
 * What the concierge needs to know of the hotel, copied out of the stored property so that the
 * dialogue runs without the database: rooms, rules, and the facts it may tell guests.
 */
public record HotelProfile(
    String name,
    String address,
    String phone,
    String email,
    String frontDesk,
    ZoneId zone,
    String currency,
    List<String> languages,
    String referencePrefix,
    StayRules rules,
    List<RoomTypeProfile> roomTypes,
    Set<String> rooms,
    Set<String> departments,
    List<Fact> facts) {

  /** A room type as guests choose it. */
  public record RoomTypeProfile(
      String code, String name, String beds, int maxGuests, int sizeM2, boolean accessible) {}

  /** One fact of the knowledge base: {@code category.key} in one language. */
  public record Fact(String category, String key, String language, String text) {
    public String path() {
      return category + "." + key;
    }
  }

  static final String FRONT_DESK = "FRONT_DESK";

  /** Whether the hotel's rules allow this stay, booked today (see {@link StayRules#breach}). */
  boolean takes(LocalDate checkIn, LocalDate checkOut, LocalDate today) {
    return rules.breach(checkIn, checkOut, today).isEmpty();
  }

  /** The longest stay and the booking horizon, as the templates that explain them take them. */
  Map<String, Object> stayLimits() {
    return Map.of("maxNights", rules.maxNights(), "horizonDays", rules.bookingHorizonDays());
  }

  public static HotelProfile of(Property property) {
    return new HotelProfile(
        property.getName(),
        property.getAddress(),
        property.getPhone(),
        property.getEmail(),
        property.getFrontDesk(),
        property.getTimezone(),
        property.getCurrency().getCurrencyCode(),
        List.copyOf(property.getLanguages()),
        property.getBookingReferencePrefix(),
        property.getStayRules(),
        property.getRoomTypes().stream()
            .map(
                type ->
                    new RoomTypeProfile(
                        type.getCode(),
                        type.getName(),
                        type.getBeds(),
                        type.getMaxGuests(),
                        type.getSizeM2(),
                        type.getRooms().stream().anyMatch(Room::isAccessible)))
            .toList(),
        property.getRoomTypes().stream()
            .flatMap(type -> type.getRooms().stream())
            .map(Room::getNumber)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        property.getDepartments().stream()
            .map(Department::getCode)
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        property.getFacts().stream().map(HotelProfile::factOf).toList());
  }

  private static Fact factOf(PropertyFact fact) {
    return new Fact(fact.getCategory(), fact.getKey(), fact.getLanguage(), fact.getText());
  }

  public Optional<RoomTypeProfile> findRoomType(String code) {
    return roomTypes.stream().filter(type -> type.code().equals(code)).findFirst();
  }

  /**
   * The department to give a request for {@code wanted}: that one if the hotel has it, else the
   * front desk, which passes on what it cannot do itself.
   */
  public String departmentFor(String wanted) {
    if (departments.contains(wanted) || departments.isEmpty()) {
      return wanted;
    }
    return departments.contains(FRONT_DESK) ? FRONT_DESK : departments.iterator().next();
  }

  public int largestRoom() {
    return roomTypes.stream().mapToInt(RoomTypeProfile::maxGuests).max().orElse(0);
  }

  /**
   * The text of the facts whose path ({@code amenities.wifi}) starts with {@code pathPrefix}, in
   * the guest's language where the hotel wrote one, else in the language property files are written
   * in.
   */
  public List<Fact> factsAt(String pathPrefix, String language) {
    List<Fact> matching =
        facts.stream().filter(fact -> fact.path().startsWith(pathPrefix)).toList();
    List<Fact> translated =
        matching.stream().filter(fact -> fact.language().equals(language)).toList();
    List<Fact> chosen =
        translated.isEmpty()
            ? matching.stream()
                .filter(fact -> fact.language().equals(PropertyFact.REFERENCE_LANGUAGE))
                .toList()
            : translated;
    return chosen;
  }
}
