package org.omotenashi.concierge.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.omotenashi.concierge.hotel.Room;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * How many rooms of a type are free on each night, and the rates of a type, read from the embedded
 * PMS's tables in the caller's transaction.
 *
 * <p>A count is only a promise while the room type stays locked: whoever books, changes a stay or
 * takes a room out of order first calls {@link #lock}, which takes PostgreSQL row locks on the room
 * types in question. Two such transactions for the same room type, on any server instance, run one
 * after the other, so the second one counts the first one's booking.
 */
@ApplicationScoped
public class Inventory {
  private static final Set<BookingStatus> HOLDING =
      Set.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN);

  @PersistenceContext EntityManager em;

  /** Locks the rows of these room types until the transaction ends, in id order (no deadlock). */
  public void lock(RoomType... types) {
    List<Long> ids = Stream.of(types).map(RoomType::getId).distinct().sorted().toList();
    for (Long id : ids) {
      em.createNativeQuery("SELECT id FROM room_type WHERE id = ?1 FOR UPDATE")
          .setParameter(1, id)
          .getSingleResult();
    }
  }

  /**
   * Rooms of the type free on every night of the stay, not counting {@code except} (a booking being
   * changed); zero on any night the type is closed for sale.
   */
  public int freeRooms(RoomType type, StayPeriod stay, Booking except) {
    if (isClosedForSale(type, stay)) {
      return 0;
    }
    return Math.max(freeRoomsPerNight(type, stay, except), 0);
  }

  /**
   * Rooms left on the tightest night once bookings and out-of-order rooms are counted, whether or
   * not the type is on sale: negative when the bookings need more rooms than are in order.
   */
  public int freeRoomsIgnoringStopSell(RoomType type, StayPeriod stay) {
    return freeRoomsPerNight(type, stay, null);
  }

  private int freeRoomsPerNight(RoomType type, StayPeriod stay, Booking except) {
    List<StayPeriod> held = heldStays(type, stay, except);
    List<RoomOutOfOrder> outOfOrder = outOfOrder(type, stay);
    int free = Integer.MAX_VALUE;
    for (LocalDate night : stay.eachNight()) {
      long booked = held.stream().filter(s -> s.overlaps(night, night)).count();
      long closed = outOfOrder.stream().filter(o -> o.getNights().contains(night))
          .map(RoomOutOfOrder::getRoom).distinct().count();
      free = (int) Math.min(free, type.getRooms().size() - closed - booked);
    }
    return free;
  }

  /** A room of the type that no other booking holds and that is in order on every night. */
  public Optional<Room> freeRoom(RoomType type, StayPeriod stay, Booking except) {
    Set<Room> taken =
        holdingBookings(type, stay, except)
            .map(Booking::getRoom)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(HashSet::new));
    outOfOrder(type, stay).forEach(closed -> taken.add(closed.getRoom()));
    return type.getRooms().stream().filter(room -> !taken.contains(room)).findFirst();
  }

  /** The type's rates, with the seasonal prices that touch the stay. */
  public RatePlan ratePlan(RoomType type, StayPeriod stay) {
    List<RatePlan.SeasonalPrice> seasons =
        em.createQuery(
                "SELECT s FROM SeasonalRate s WHERE s.roomType = :type AND s.firstNight < :checkOut"
                    + " AND s.lastNight >= :checkIn ORDER BY s.createdAt, s.id",
                SeasonalRate.class)
            .setParameter("type", type)
            .setParameter("checkIn", stay.checkIn())
            .setParameter("checkOut", stay.checkOut())
            .getResultStream()
            .map(SeasonalRate::price)
            .toList();
    return new RatePlan(type.getBaseRate(), type.findWeekendRate().orElse(null), seasons);
  }

  private boolean isClosedForSale(RoomType type, StayPeriod stay) {
    return !em.createQuery(
            "SELECT s.id FROM StopSell s WHERE s.roomType = :type AND s.firstNight < :checkOut"
                + " AND s.lastNight >= :checkIn",
            Long.class)
        .setParameter("type", type)
        .setParameter("checkIn", stay.checkIn())
        .setParameter("checkOut", stay.checkOut())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<StayPeriod> heldStays(RoomType type, StayPeriod stay, Booking except) {
    return holdingBookings(type, stay, except).map(Booking::getStay).toList();
  }

  private Stream<Booking> holdingBookings(RoomType type, StayPeriod stay, Booking except) {
    return em.createQuery(
            "SELECT b FROM Booking b WHERE b.roomType = :type AND b.status IN :holding"
                + " AND b.checkIn < :checkOut AND b.checkOut > :checkIn",
            Booking.class)
        .setParameter("type", type)
        .setParameter("holding", HOLDING)
        .setParameter("checkIn", stay.checkIn())
        .setParameter("checkOut", stay.checkOut())
        .getResultStream()
        .filter(booking -> !booking.equals(except));
  }

  private List<RoomOutOfOrder> outOfOrder(RoomType type, StayPeriod stay) {
    return em.createQuery(
            "SELECT o FROM RoomOutOfOrder o WHERE o.room.roomType = :type"
                + " AND o.firstNight < :checkOut AND o.lastNight >= :checkIn",
            RoomOutOfOrder.class)
        .setParameter("type", type)
        .setParameter("checkIn", stay.checkIn())
        .setParameter("checkOut", stay.checkOut())
        .getResultList();
  }
}
