package org.omotenashi.concierge.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * The property-management system built in: bookings in this application's own PostgreSQL tables,
 * with the {@link Inventory} deciding what is free. Runs in the caller's transaction ({@link
 * BookingService} is the boundary); every write locks the room types it touches before counting.
 */
@ApplicationScoped
public class EmbeddedPms implements PropertyManagementSystem {
  public static final String NAME = "embedded";

  @PersistenceContext EntityManager em;
  @Inject Inventory inventory;
  @Inject PropertyService properties;
  @Inject Clock clock;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<RoomTypeAvailability> availability(StayRequest request) {
    Property property = properties.getProperty();
    String currency = property.getCurrency().getCurrencyCode();
    return property.getRoomTypes().stream()
        .filter(type -> type.getMaxGuests() >= request.party().guests())
        .map(type -> {
          List<BigDecimal> nightly = inventory.ratePlan(type, request.stay()).nightly(request.stay());
          return new RoomTypeAvailability(
              type.getCode(),
              type.getName(),
              inventory.freeRooms(type, request.stay(), null),
              nightly,
              RatePlan.total(nightly),
              currency);
        })
        .toList();
  }

  @Override
  public PmsBooking create(BookingRequest request) {
    Property property = properties.getProperty();
    RoomType type = roomType(property, request.roomType());
    inventory.lock(type);
    requireFreeRoom(type, request.stay(), null);
    Booking booking =
        new Booking(
            BookingReference.generate(property.getBookingReferencePrefix()),
            type,
            request,
            inventory.ratePlan(type, request.stay()).nightly(request.stay()),
            clock.instant());
    em.persist(booking);
    em.flush();
    return booking.snapshot();
  }

  @Override
  public Optional<PmsBooking> find(BookingReference reference) {
    return findBooking(reference).map(Booking::snapshot);
  }

  @Override
  public PmsBooking modify(BookingReference reference, BookingRequest changed) {
    Booking booking = getBooking(reference);
    RoomType newType = roomType(properties.getProperty(), changed.roomType());
    inventory.lock(booking.getRoomType(), newType);
    requireFreeRoom(newType, changed.stay(), booking);
    booking.change(
        newType,
        changed,
        inventory.ratePlan(newType, changed.stay()).nightly(changed.stay()),
        clock.instant());
    return booking.snapshot();
  }

  @Override
  public PmsBooking cancel(BookingReference reference) {
    Booking booking = getBooking(reference);
    booking.cancel(CancellationPolicy.of(properties.getProperty()), clock.instant());
    return booking.snapshot();
  }

  public Optional<Booking> findBooking(BookingReference reference) {
    return em.createQuery("SELECT b FROM Booking b WHERE b.reference = :reference", Booking.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst();
  }

  public Booking getBooking(BookingReference reference) {
    return findBooking(reference).orElseThrow(() -> new BookingNotFoundException(reference));
  }

  private void requireFreeRoom(RoomType type, StayPeriod stay, Booking except) {
    if (inventory.freeRooms(type, stay, except) < 1) {
      throw new NoRoomAvailableException(type.getCode(), stay);
    }
  }

  static RoomType roomType(Property property, String code) {
    return property
        .findRoomType(code)
        .orElseThrow(
            () ->
                new InvalidBookingRequestException(
                    "roomType",
                    "'" + code + "' is not a room type of this hotel; one of "
                        + property.getRoomTypes().stream().map(RoomType::getCode).toList()));
  }
}
