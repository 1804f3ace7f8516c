package org.omotenashi.concierge.web.api.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.booking.Actor;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingEvent;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingSearch;
import org.omotenashi.concierge.booking.BookingService;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.staff.StaffRole;

/**
 * Reservations for staff: make, look up, search, change, cancel, check in and out, no-show, and the
 * history of each. Every change is recorded under the signed-in staff member's name.
 */
@Path("v1/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Bookings")
@RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT})
public class BookingResource {
  @Inject BookingService bookings;
  @Context SecurityContext security;

  // Request records declare their canonical constructor: see AuthResource.

  public record GuestBody(
      @NotBlank @Size(max = GuestContact.MAX_NAME) String name,
      @Size(max = GuestContact.MAX_EMAIL) String email,
      @Size(max = GuestContact.MAX_PHONE) String phone) {
    public GuestBody(String name, String email, String phone) {
      this.name = name;
      this.email = email;
      this.phone = phone;
    }

    GuestContact contact() {
      return new GuestContact(name, email, phone);
    }
  }

  /** {@code conversationId}: the guest conversation a staff member books from, if any. */
  public record NewBookingBody(
      @NotBlank String roomType,
      @NotNull LocalDate checkIn,
      @NotNull LocalDate checkOut,
      @NotNull Integer adults,
      Integer children,
      @NotNull @Valid GuestBody guest,
      @Size(max = 40) String conversationId) {
    public NewBookingBody(
        String roomType,
        LocalDate checkIn,
        LocalDate checkOut,
        Integer adults,
        Integer children,
        GuestBody guest,
        String conversationId) {
      this.roomType = roomType;
      this.checkIn = checkIn;
      this.checkOut = checkOut;
      this.adults = adults;
      this.children = children;
      this.guest = guest;
      this.conversationId = conversationId;
    }
  }

  public record ChangeBody(
      String roomType,
      LocalDate checkIn,
      LocalDate checkOut,
      Integer adults,
      Integer children,
      @Valid GuestBody guest) {
    public ChangeBody(
        String roomType,
        LocalDate checkIn,
        LocalDate checkOut,
        Integer adults,
        Integer children,
        GuestBody guest) {
      this.roomType = roomType;
      this.checkIn = checkIn;
      this.checkOut = checkOut;
      this.adults = adults;
      this.children = children;
      this.guest = guest;
    }
  }

  public record EventView(Instant at, String actor, BookingEvent.Action action, String detail) {
    static EventView of(BookingEvent event) {
      return new EventView(event.getOccurredAt(), event.getActor(), event.getAction(), event.getDetail());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Book a room; 409 when none of the type is free on every night")
  public Response create(@NotNull @Valid NewBookingBody body, @Context UriInfo uri) {
    BookingRequest request =
        new BookingRequest(
            body.roomType(),
            new StayPeriod(body.checkIn(), body.checkOut()),
            new Party(body.adults(), body.children() == null ? 0 : body.children()),
            body.guest().contact(),
            body.conversationId());
    PmsBooking booking = bookings.create(request, staffMember());
    return Response.created(uri.getAbsolutePathBuilder().path(booking.reference().value()).build())
        .entity(BookingView.of(booking))
        .build();
  }

  @GET
  @Path("{reference}")
  @Operation(summary = "One booking by its reference")
  public BookingView get(@PathParam("reference") String reference) {
    return BookingView.of(bookings.get(BookingReference.parse(reference)));
  }

  @GET
  @Operation(summary = "Bookings by guest email, status and the nights they touch (from, to)")
  public List<BookingView> search(
      @QueryParam("guestEmail") String guestEmail,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit) {
    BookingSearch search =
        new BookingSearch(
            guestEmail == null || guestEmail.isBlank() ? null : guestEmail.strip(),
            status(status),
            QueryParameters.optional("from", from),
            QueryParameters.optional("to", to),
            QueryParameters.integer("limit", limit, 100));
    return bookings.search(search).stream().map(BookingView::of).toList();
  }

  @PATCH
  @Path("{reference}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change dates, party, room type or guest details; 409 when impossible")
  public BookingView change(@PathParam("reference") String reference, @NotNull @Valid ChangeBody body) {
    BookingChangeRequest change =
        new BookingChangeRequest(
            Optional.ofNullable(body.roomType()),
            Optional.ofNullable(body.checkIn()),
            Optional.ofNullable(body.checkOut()),
            Optional.ofNullable(body.adults()),
            Optional.ofNullable(body.children()),
            Optional.ofNullable(body.guest()).map(GuestBody::contact));
    return BookingView.of(bookings.modify(BookingReference.parse(reference), change, staffMember()));
  }

  @POST
  @Path("{reference}/cancel")
  @Operation(summary = "Cancel; after the free-cancellation deadline the first night is charged")
  public BookingView cancel(@PathParam("reference") String reference) {
    return BookingView.of(bookings.cancel(BookingReference.parse(reference), staffMember()));
  }

  @POST
  @Path("{reference}/check-in")
  @Operation(summary = "Check the guest in and assign a free room of the booked type")
  public BookingView checkIn(@PathParam("reference") String reference) {
    return BookingView.of(bookings.checkIn(BookingReference.parse(reference), staffMember()));
  }

  @POST
  @Path("{reference}/check-out")
  @Operation(summary = "Check the guest out")
  public BookingView checkOut(@PathParam("reference") String reference) {
    return BookingView.of(bookings.checkOut(BookingReference.parse(reference), staffMember()));
  }

  @POST
  @Path("{reference}/no-show")
  @Operation(summary = "Record that the guest did not come; the first night is charged")
  public BookingView noShow(@PathParam("reference") String reference) {
    return BookingView.of(bookings.markNoShow(BookingReference.parse(reference), staffMember()));
  }

  @GET
  @Path("{reference}/history")
  @Operation(summary = "Every change made to the booking: what, who and when, oldest first")
  public List<EventView> history(@PathParam("reference") String reference) {
    return bookings.history(BookingReference.parse(reference)).stream().map(EventView::of).toList();
  }

  private Actor staffMember() {
    return Actor.staff(security.getUserPrincipal().getName());
  }

  private static BookingStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return BookingStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidBookingRequestException(
          "status", "'" + value + "' is not one of " + List.of(BookingStatus.values()));
    }
  }
}
