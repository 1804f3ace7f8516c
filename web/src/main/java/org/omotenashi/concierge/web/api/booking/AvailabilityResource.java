package org.omotenashi.concierge.web.api.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.booking.BookingService;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.web.api.Money;

/** Which room types are free for a stay and party, at what price per night and in total. */
@Path("v1/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookings")
public class AvailabilityResource {
  @Inject BookingService bookings;

  public record AvailabilityView(
      String roomType, String name, int available, List<Money> nightly, Money total) {
    static AvailabilityView of(RoomTypeAvailability offer) {
      return new AvailabilityView(
          offer.roomType(),
          offer.name(),
          offer.available(),
          offer.nightly().stream().map(price -> Money.of(price, offer.currency())).toList(),
          Money.of(offer.total(), offer.currency()));
    }
  }

  @GET
  @RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT, StaffRole.Names.DEPARTMENT})
  @Operation(
      summary = "Room types that take the party, with free rooms and prices for the stay",
      description = "422 naming the parameter when the dates or the party cannot be booked.")
  public List<AvailabilityView> availability(
      @QueryParam("checkIn") String checkIn,
      @QueryParam("checkOut") String checkOut,
      @QueryParam("adults") String adults,
      @QueryParam("children") String children) {
    StayRequest request =
        new StayRequest(
            new StayPeriod(
                QueryParameters.required("checkIn", checkIn),
                QueryParameters.required("checkOut", checkOut)),
            new Party(
                QueryParameters.integer("adults", adults, 1),
                QueryParameters.integer("children", children, 0)));
    return bookings.availability(request).stream().map(AvailabilityView::of).toList();
  }
}
