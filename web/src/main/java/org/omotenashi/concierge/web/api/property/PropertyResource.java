package org.omotenashi.concierge.web.api.property;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyFileException;
import org.omotenashi.concierge.hotel.PropertyImport;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.hotel.RoomType;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.web.api.Money;

/** The hotel as the staff API shows it, and loading a property file (administrators). */
@Path("v1/property")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Property")
public class PropertyResource {
  /** Property files are small; a bigger body is refused before it is parsed. */
  static final int MAX_FILE_CHARS = 200_000;

  @Inject PropertyService properties;

  public record PropertyView(
      String code,
      String name,
      String address,
      String phone,
      String email,
      String timezone,
      String currency,
      List<String> languages,
      List<RoomTypeView> roomTypes) {
    static PropertyView of(Property property) {
      return new PropertyView(
          property.getCode(),
          property.getName(),
          property.getAddress(),
          property.getPhone(),
          property.getEmail(),
          property.getTimezone().getId(),
          property.getCurrency().getCurrencyCode(),
          property.getLanguages(),
          property.getRoomTypes().stream()
              .map(type -> RoomTypeView.of(type, property.getCurrency().getCurrencyCode()))
              .toList());
    }
  }

  public record RoomTypeView(
      String code,
      String name,
      String beds,
      int maxGuests,
      int sizeM2,
      Money rate,
      Money weekendRate,
      List<String> rooms) {
    static RoomTypeView of(RoomType type, String currency) {
      return new RoomTypeView(
          type.getCode(),
          type.getName(),
          type.getBeds(),
          type.getMaxGuests(),
          type.getSizeM2(),
          Money.of(type.getBaseRate(), currency),
          type.findWeekendRate().map((BigDecimal rate) -> Money.of(rate, currency)).orElse(null),
          type.getRooms().stream().map(room -> room.getNumber()).toList());
    }
  }

  @GET
  @RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT, StaffRole.Names.DEPARTMENT})
  @Operation(summary = "The property: identity, time zone, currency and room types")
  public PropertyView get() {
    return PropertyView.of(properties.getProperty());
  }

  @PUT
  @Consumes({"application/yaml", "text/yaml", MediaType.TEXT_PLAIN})
  @RolesAllowed(StaffRole.Names.ADMIN)
  @Operation(
      summary = "Load a property file (the shape of demo-hotel.yaml)",
      description =
          "Creates the property or redefines it. Staff accounts the file lists and that do not"
              + " exist yet are opened; their generated passwords are in the answer, only this once.")
  public PropertyImport importFile(String yaml) {
    // Checked here, not with Bean Validation: Payara's OpenAPI scanner fails on constraints on a
    // plain body parameter.
    if (yaml == null || yaml.isBlank() || yaml.length() > MAX_FILE_CHARS) {
      throw new PropertyFileException(
          "the body must be a property file of at most " + MAX_FILE_CHARS + " characters");
    }
    return properties.importProperty(yaml);
  }
}
