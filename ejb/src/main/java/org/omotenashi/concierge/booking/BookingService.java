package org.omotenashi.concierge.booking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omotenashi.concierge.booking.BookingEvent.Action;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * The booking use cases, for staff (REST, console) and for the agent alike: checks a request
 * against the house rules, asks the configured {@link PropertyManagementSystem}, keeps the {@link
 * AvailabilityCache} true, and writes every change into the booking's history in the same
 * transaction as the change.
 *
 * <p>Checking in, checking out and no-shows act on the embedded PMS's bookings; with an external PMS
 * the front desk does those there.
 */
@Stateless
public class BookingService {
  @PersistenceContext EntityManager em;
  @Inject ConfiguredPms pms;
  @Inject EmbeddedPms embedded;
  @Inject Inventory inventory;
  @Inject AvailabilityCache cache;
  @Inject PropertyService properties;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.pms.availability-cache-ttl", defaultValue = "PT30S")
  Duration cacheTtl;

  /** Each room type that takes the party, with its free rooms and prices for the stay. */
  public List<RoomTypeAvailability> availability(StayRequest request) {
    checkRules(request);
    return cache
        .find(request, cacheTtl)
        .orElseGet(
            () -> {
              List<RoomTypeAvailability> answer = pms.get().availability(request);
              cache.put(request, answer);
              return answer;
            });
  }

  public PmsBooking create(BookingRequest request, Actor actor) {
    checkRules(request.stayRequest());
    checkCapacity(request);
    PmsBooking booking = pms.get().create(request);
    record(booking.reference(), Action.CREATED, actor, describe(booking));
    cache.invalidateAll();
    return booking;
  }

  public Optional<PmsBooking> find(BookingReference reference) {
    return pms.get().find(reference);
  }

  public PmsBooking get(BookingReference reference) {
    return find(reference).orElseThrow(() -> new BookingNotFoundException(reference));
  }

  /** Changes dates, party, room type or guest details; re-checks availability and re-prices. */
  public PmsBooking modify(BookingReference reference, BookingChangeRequest change, Actor actor) {
    if (change.isEmpty()) {
      throw new InvalidBookingRequestException("body", "names nothing to change");
    }
    PmsBooking before = get(reference);
    BookingRequest changed = change.applyTo(before);
    if (change.changesDates()) {
      checkRules(changed.stayRequest());
    }
    checkCapacity(changed);
    PmsBooking after = pms.get().modify(reference, changed);
    record(reference, Action.MODIFIED, actor, describeChange(before, after));
    cache.invalidateAll();
    return after;
  }

  public PmsBooking cancel(BookingReference reference, Actor actor) {
    PmsBooking cancelled = pms.get().cancel(reference);
    record(
        reference,
        Action.CANCELLED,
        actor,
        cancelled.cancellationFee() == null
            ? "free cancellation"
            : "late cancellation: first night charged, " + cancelled.cancellationFee() + " " + cancelled.currency());
    cache.invalidateAll();
    return cancelled;
  }

  /** The guest has arrived: assigns a free room of the booked type. */
  public PmsBooking checkIn(BookingReference reference, Actor actor) {
    Booking booking = embeddedBooking(reference);
    inventory.lock(booking.getRoomType());
    var room =
        inventory
            .freeRoom(booking.getRoomType(), booking.getStay(), booking)
            .orElseThrow(
                () ->
                    new BookingStateException(
                        "No " + booking.getRoomType().getCode() + " room is ready for " + reference));
    booking.checkIn(room, today(), clock.instant());
    record(reference, Action.CHECKED_IN, actor, "room " + room.getNumber());
    return booking.snapshot();
  }

  public PmsBooking checkOut(BookingReference reference, Actor actor) {
    Booking booking = embeddedBooking(reference);
    booking.checkOut(clock.instant());
    record(reference, Action.CHECKED_OUT, actor, "room " + booking.getRoom().getNumber());
    cache.invalidateAll();
    return booking.snapshot();
  }

  public PmsBooking markNoShow(BookingReference reference, Actor actor) {
    Booking booking = embeddedBooking(reference);
    booking.markNoShow(today(), clock.instant());
    record(reference, Action.NO_SHOW, actor, "first night charged, " + booking.getCancellationFee());
    cache.invalidateAll();
    return booking.snapshot();
  }

  /** What happened to a booking, oldest first. */
  public List<BookingEvent> history(BookingReference reference) {
    get(reference);
    return em.createQuery(
            "SELECT e FROM BookingEvent e WHERE e.reference = :reference ORDER BY e.occurredAt, e.id",
            BookingEvent.class)
        .setParameter("reference", reference.value())
        .getResultList();
  }

  /**
   * Bookings of the embedded PMS, by arrival: those of a guest's email, in a status, or whose stay
   * touches the nights from {@code from} to {@code to}. Every filter is optional.
   */
  public List<PmsBooking> search(BookingSearch search) {
    StringBuilder jpql = new StringBuilder("SELECT b FROM Booking b WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (search.guestEmail() != null) {
      jpql.append(" AND LOWER(b.guestEmail) = :email");
      parameters.put("email", search.guestEmail().toLowerCase(Locale.ROOT));
    }
    if (search.status() != null) {
      jpql.append(" AND b.status = :status");
      parameters.put("status", search.status());
    }
    if (search.from() != null) {
      jpql.append(" AND b.checkOut > :from");
      parameters.put("from", search.from());
    }
    if (search.to() != null) {
      jpql.append(" AND b.checkIn <= :to");
      parameters.put("to", search.to());
    }
    TypedQuery<Booking> query =
        em.createQuery(jpql.append(" ORDER BY b.checkIn, b.id").toString(), Booking.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(search.limit()).getResultStream().map(Booking::snapshot).toList();
  }

  /**
   * The current bookings (confirmed or checked in) made in any of these conversations, newest
   * first: how the agent finds a guest's own booking from their channel address (embedded PMS).
   */
  public List<PmsBooking> findMadeInConversations(Collection<String> conversationIds) {
    if (conversationIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT b FROM Booking b WHERE b.conversationId IN :ids AND b.status IN :current"
                + " ORDER BY b.id DESC",
            Booking.class)
        .setParameter("ids", conversationIds)
        .setParameter("current", List.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN))
        .getResultStream()
        .map(Booking::snapshot)
        .toList();
  }

  /**
   * What cancelling a confirmed booking now would cost: nothing before the policy's deadline,
   * afterwards the price of the first night.
   */
  public BigDecimal cancellationFee(PmsBooking booking) {
    CancellationPolicy policy = CancellationPolicy.of(properties.getProperty());
    if (policy.isFree(booking.stay().checkIn(), clock.instant())) {
      return BigDecimal.ZERO;
    }
    LocalDate firstNight = booking.stay().checkIn();
    return pms.get()
        .availability(new StayRequest(new StayPeriod(firstNight, firstNight.plusDays(1)), booking.party()))
        .stream()
        .filter(offer -> offer.roomType().equals(booking.roomType()))
        .findFirst()
        .map(offer -> offer.nightly().get(0))
        .orElseGet(() -> booking.total().divide(BigDecimal.valueOf(booking.stay().nights()), RoundingMode.HALF_UP));
  }

  /** Today's arrivals, departures and guests in house at the hotel (embedded PMS). */
  public FrontDeskDay frontDeskDay() {
    LocalDate today = today();
    return new FrontDeskDay(
        today,
        count("b.checkIn = :today AND b.status IN :statuses", today,
            List.of(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)),
        count("b.checkOut = :today AND b.status IN :statuses", today,
            List.of(BookingStatus.CHECKED_IN, BookingStatus.CHECKED_OUT)),
        count("b.checkIn <= :today AND b.status IN :statuses", today,
            List.of(BookingStatus.CHECKED_IN)));
  }

  private long count(String condition, LocalDate today, List<BookingStatus> statuses) {
    return em.createQuery("SELECT COUNT(b) FROM Booking b WHERE " + condition, Long.class)
        .setParameter("today", today)
        .setParameter("statuses", statuses)
        .getSingleResult();
  }

  private Booking embeddedBooking(BookingReference reference) {
    if (!pms.isEmbedded()) {
      throw new BookingStateException(
          "Bookings are kept in the " + pms.get().name() + " PMS: check guests in and out there");
    }
    return embedded.getBooking(reference);
  }

  /** Dates the hotel can sell: not in the past, within the booking horizon and the longest stay. */
  private void checkRules(StayRequest request) {
    Property property = properties.getProperty();
    StayPeriod stay = request.stay();
    property
        .getStayRules()
        .breach(stay.checkIn(), stay.checkOut(), property.today(clock))
        .ifPresent(
            breach -> {
              throw new InvalidBookingRequestException(breach.field(), breach.reason());
            });
    int largest = property.getRoomTypes().stream().mapToInt(RoomType::getMaxGuests).max().orElse(0);
    if (request.party().guests() > largest) {
      throw new InvalidBookingRequestException(
          "adults", "and children make " + request.party().guests() + " guests; the largest room takes " + largest);
    }
  }

  private void checkCapacity(BookingRequest request) {
    RoomType type = EmbeddedPms.roomType(properties.getProperty(), request.roomType());
    if (request.party().guests() > type.getMaxGuests()) {
      throw new InvalidBookingRequestException(
          "adults",
          "and children make " + request.party().guests() + " guests; a " + type.getName()
              + " takes at most " + type.getMaxGuests());
    }
  }

  private LocalDate today() {
    return properties.getProperty().today(clock);
  }

  private void record(BookingReference reference, Action action, Actor actor, String detail) {
    em.persist(new BookingEvent(reference, action, actor, detail, clock.instant()));
  }

  private static String describe(PmsBooking booking) {
    return booking.roomType() + " " + booking.stay().checkIn() + " to " + booking.stay().checkOut()
        + ", " + booking.party().adults() + " adults " + booking.party().children() + " children, "
        + booking.total() + " " + booking.currency();
  }

  private static String describeChange(PmsBooking before, PmsBooking after) {
    return "from " + describe(before) + " to " + describe(after);
  }
}
