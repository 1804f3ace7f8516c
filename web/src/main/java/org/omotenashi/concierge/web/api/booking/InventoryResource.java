package org.omotenashi.concierge.web.api.booking;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.booking.Actor;
import org.omotenashi.concierge.booking.InventoryService;
import org.omotenashi.concierge.booking.NightRange;
import org.omotenashi.concierge.booking.RoomOutOfOrder;
import org.omotenashi.concierge.booking.SeasonalRate;
import org.omotenashi.concierge.booking.StopSell;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.web.api.Money;

/**
 * What is for sale, for administrators (prices) and the front desk (closures): seasonal prices,
 * room types closed for sale, rooms out of order. Lists show what ends today or later.
 */
@Path("v1/inventory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Inventory")
@RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT})
public class InventoryResource {
  @Inject InventoryService inventory;
  @Inject PropertyService properties;
  @Inject Clock clock;
  @Context SecurityContext security;

  public record SeasonalRateBody(
      @NotBlank String roomType, @NotNull LocalDate firstNight, @NotNull LocalDate lastNight,
      @NotNull BigDecimal rate) {
    public SeasonalRateBody(String roomType, LocalDate firstNight, LocalDate lastNight, BigDecimal rate) {
      this.roomType = roomType;
      this.firstNight = firstNight;
      this.lastNight = lastNight;
      this.rate = rate;
    }
  }

  public record ClosureBody(
      String roomType, String room, @NotNull LocalDate firstNight, @NotNull LocalDate lastNight,
      @Size(max = 300) String reason) {
    public ClosureBody(String roomType, String room, LocalDate firstNight, LocalDate lastNight, String reason) {
      this.roomType = roomType;
      this.room = room;
      this.firstNight = firstNight;
      this.lastNight = lastNight;
      this.reason = reason;
    }
  }

  public record SeasonalRateView(long id, String roomType, LocalDate firstNight, LocalDate lastNight, Money rate) {
    static SeasonalRateView of(SeasonalRate rate) {
      return new SeasonalRateView(
          rate.getId(), rate.getRoomType().getCode(), rate.getNights().firstNight(),
          rate.getNights().lastNight(),
          Money.of(rate.getRate(), rate.getRoomType().getProperty().getCurrency().getCurrencyCode()));
    }
  }

  public record ClosureView(
      long id, String roomType, String room, LocalDate firstNight, LocalDate lastNight, String reason) {
    static ClosureView of(StopSell stop) {
      return new ClosureView(stop.getId(), stop.getRoomType().getCode(), null,
          stop.getNights().firstNight(), stop.getNights().lastNight(), stop.getReason());
    }

    static ClosureView of(RoomOutOfOrder closure) {
      return new ClosureView(closure.getId(), closure.getRoom().getRoomType().getCode(),
          closure.getRoom().getNumber(), closure.getNights().firstNight(),
          closure.getNights().lastNight(), closure.getReason());
    }
  }

  @GET
  @Path("seasonal-rates")
  @Operation(summary = "Seasonal prices that end today or later")
  public List<SeasonalRateView> seasonalRates() {
    return inventory.seasonalRates(today()).stream().map(SeasonalRateView::of).toList();
  }

  @POST
  @Path("seasonal-rates")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(StaffRole.Names.ADMIN)
  @Operation(summary = "Set a room type's price for some nights (both ends included)")
  public Response setSeasonalRate(@NotNull @Valid SeasonalRateBody body) {
    SeasonalRate rate = inventory.setSeasonalRate(
        body.roomType(), new NightRange(body.firstNight(), body.lastNight()), body.rate(), staffMember());
    return Response.status(Response.Status.CREATED).entity(SeasonalRateView.of(rate)).build();
  }

  @DELETE
  @Path("seasonal-rates/{id}")
  @RolesAllowed(StaffRole.Names.ADMIN)
  @Operation(summary = "Remove a seasonal price")
  public Response removeSeasonalRate(@PathParam("id") long id) {
    inventory.remove(SeasonalRate.class, id);
    return Response.noContent().build();
  }

  @GET
  @Path("stop-sells")
  @Operation(summary = "Room types closed for sale, on nights that end today or later")
  public List<ClosureView> stopSells() {
    return inventory.stopSells(today()).stream().map(ClosureView::of).toList();
  }

  @POST
  @Path("stop-sells")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close a room type for sale on some nights; bookings already made stay")
  public Response closeForSale(@NotNull @Valid ClosureBody body) {
    StopSell stop = inventory.closeForSale(
        body.roomType(), new NightRange(body.firstNight(), body.lastNight()), body.reason(), staffMember());
    return Response.status(Response.Status.CREATED).entity(ClosureView.of(stop)).build();
  }

  @DELETE
  @Path("stop-sells/{id}")
  @Operation(summary = "Open a room type for sale again")
  public Response reopen(@PathParam("id") long id) {
    inventory.remove(StopSell.class, id);
    return Response.noContent().build();
  }

  @GET
  @Path("out-of-order")
  @Operation(summary = "Rooms out of order, on nights that end today or later")
  public List<ClosureView> roomsOutOfOrder() {
    return inventory.roomsOutOfOrder(today()).stream().map(ClosureView::of).toList();
  }

  @POST
  @Path("out-of-order")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Take a room out of order for some nights; 409 when bookings need it")
  public Response takeOutOfOrder(@NotNull @Valid ClosureBody body) {
    RoomOutOfOrder closure = inventory.takeOutOfOrder(
        body.room(), new NightRange(body.firstNight(), body.lastNight()), body.reason(), staffMember());
    return Response.status(Response.Status.CREATED).entity(ClosureView.of(closure)).build();
  }

  @DELETE
  @Path("out-of-order/{id}")
  @Operation(summary = "Put a room back in order")
  public Response backInOrder(@PathParam("id") long id) {
    inventory.remove(RoomOutOfOrder.class, id);
    return Response.noContent().build();
  }

  private LocalDate today() {
    return properties.getProperty().today(clock);
  }

  private Actor staffMember() {
    return Actor.staff(security.getUserPrincipal().getName());
  }
}
