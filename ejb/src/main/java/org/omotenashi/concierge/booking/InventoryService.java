package org.omotenashi.concierge.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.hotel.Room;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * What revenue managers and the front desk change about what is for sale: seasonal prices, room
 * types closed for sale, rooms out of order. Each change clears the availability cache; taking a
 * room out of order is refused when the rooms left could not hold the bookings already made.
 */
@Stateless
public class InventoryService {
  @PersistenceContext EntityManager em;
  @Inject PropertyService properties;
  @Inject Inventory inventory;
  @Inject AvailabilityCache cache;
  @Inject Clock clock;

  public SeasonalRate setSeasonalRate(String roomType, NightRange nights, BigDecimal rate, Actor by) {
    SeasonalRate seasonal = new SeasonalRate(roomType(roomType), nights, rate, by, clock.instant());
    em.persist(seasonal);
    cache.invalidateAll();
    return seasonal;
  }

  public StopSell closeForSale(String roomType, NightRange nights, String reason, Actor by) {
    StopSell stopSell = new StopSell(roomType(roomType), nights, reason, by, clock.instant());
    em.persist(stopSell);
    cache.invalidateAll();
    return stopSell;
  }

  /** Takes a room out of order, unless the bookings already made need every room of its type. */
  public RoomOutOfOrder takeOutOfOrder(String roomNumber, NightRange nights, String reason, Actor by) {
    Room room = room(roomNumber);
    inventory.lock(room.getRoomType());
    RoomOutOfOrder closure = new RoomOutOfOrder(room, nights, reason, by, clock.instant());
    em.persist(closure);
    em.flush();
    StayPeriod period = new StayPeriod(nights.firstNight(), nights.lastNight().plusDays(1));
    if (inventory.freeRoomsIgnoringStopSell(room.getRoomType(), period) < 0) {
      throw new BookingStateException(
          "Room " + roomNumber + " cannot be taken out of order: the bookings of those nights need"
              + " every " + room.getRoomType().getCode() + " room");
    }
    cache.invalidateAll();
    return closure;
  }

  public List<SeasonalRate> seasonalRates(LocalDate from) {
    return em.createQuery(
            "SELECT s FROM SeasonalRate s WHERE s.lastNight >= :from ORDER BY s.firstNight, s.id",
            SeasonalRate.class)
        .setParameter("from", from)
        .getResultList();
  }

  public List<StopSell> stopSells(LocalDate from) {
    return em.createQuery(
            "SELECT s FROM StopSell s WHERE s.lastNight >= :from ORDER BY s.firstNight, s.id",
            StopSell.class)
        .setParameter("from", from)
        .getResultList();
  }

  public List<RoomOutOfOrder> roomsOutOfOrder(LocalDate from) {
    return em.createQuery(
            "SELECT o FROM RoomOutOfOrder o WHERE o.lastNight >= :from ORDER BY o.firstNight, o.id",
            RoomOutOfOrder.class)
        .setParameter("from", from)
        .getResultList();
  }

  /** Removes a seasonal price, a stop-sell or an out-of-order period by its id. */
  public void remove(Class<?> kind, long id) {
    Object found = em.find(kind, id);
    if (found == null) {
      throw new InventoryEntryNotFoundException(kind.getSimpleName(), id);
    }
    em.remove(found);
    cache.invalidateAll();
  }

  private RoomType roomType(String code) {
    return EmbeddedPms.roomType(properties.getProperty(), code);
  }

  private Room room(String number) {
    Property property = properties.getProperty();
    return property.getRoomTypes().stream()
        .flatMap(type -> type.getRooms().stream())
        .filter(room -> room.getNumber().equals(number))
        .findFirst()
        .orElseThrow(() -> new InvalidBookingRequestException("room", "'" + number + "' is not a room of this hotel"));
  }
}
