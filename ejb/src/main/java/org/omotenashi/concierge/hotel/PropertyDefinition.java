package org.omotenashi.concierge.hotel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A property as described by a property file: validated, but not yet stored. Facts keep the file's
 * order so that staff and guests see them as the hotel wrote them.
 */
public record PropertyDefinition(
    String code,
    String name,
    String address,
    String phone,
    String email,
    String timezone,
    String currency,
    List<String> languages,
    String frontDesk,
    String bookingReferencePrefix,
    StayRules stayRules,
    List<RoomTypeDefinition> roomTypes,
    List<FactDefinition> facts,
    List<DepartmentDefinition> departments,
    List<StaffDefinition> staff) {

  public record RoomTypeDefinition(
      String code,
      String name,
      String beds,
      int maxGuests,
      int sizeM2,
      BigDecimal rate,
      BigDecimal weekendRate,
      List<String> rooms,
      List<String> accessibleRooms) {}

  /**
   * One fact the concierge may tell, in one language: {@code category} is policies, amenities,
   * transport or nearby.
   */
  public record FactDefinition(String category, String key, String language, String text) {
    public FactDefinition(String category, String key, String text) {
      this(category, key, PropertyFact.REFERENCE_LANGUAGE, text);
    }
  }

  public record DepartmentDefinition(String code, String description) {}

  public record StaffDefinition(String username, String name, String role, String department) {}
}
