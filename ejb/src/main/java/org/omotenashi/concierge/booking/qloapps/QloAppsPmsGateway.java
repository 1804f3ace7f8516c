package org.omotenashi.concierge.booking.qloapps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.omotenashi.concierge.booking.AvailabilityCache;
import org.omotenashi.concierge.booking.BookingNotFoundException;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStateException;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.NoRoomAvailableException;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.PmsUnavailableException;
import org.omotenashi.concierge.booking.PropertyManagementSystem;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.booking.qloapps.QloAppsBookings.OrderFacts;
import org.omotenashi.concierge.booking.qloapps.QloAppsBookings.QloAppsBooking;
import org.omotenashi.concierge.booking.qloapps.QloAppsBookings.RoomLine;
import org.omotenashi.concierge.booking.qloapps.QloAppsWebservice.Answer;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;

/**
 * The property-management system when bookings live in QloApps ({@code
 * concierge.pms.provider=qloapps}): availability, prices and bookings through QloApps's webservice,
 * as the QloApps source (github.com/Qloapps/QloApps, 1.7) defines it.
 *
 * <h2>Wire format</h2>
 *
 * <ul>
 *   <li>Every request: {@code <base-url>/<resource>?output_format=JSON}, the API key as the HTTP
 *       Basic user name with an empty password ({@code classes/webservice/WebserviceRequest.php}:
 *       {@code authenticate()}, {@code getOutputObject()}). Errors come as {@code {"errors":
 *       [{"code": 404, "message": "..."}]}} ({@code classes/webservice/WebserviceOutputJSON.php}).
 *   <li>Availability: {@code POST hotel_ari} with an XML body (the only input that resource reads)
 *       for the hotel, the dates, the party as one {@code room_occupancy} and {@code
 *       date_wise_breakdown=1}; the answer lists each night's free rooms and prices per room type
 *       ({@code modules/hotelreservationsystem/classes/WebserviceSpecificManagementHotelAri.php}).
 *       See {@link QloAppsAri}.
 *   <li>Bookings: {@code POST bookings} and {@code PUT bookings/<id>} with a JSON body {@code
 *       {"booking": {...}}}, {@code GET bookings/<id>} ({@code
 *       classes/webservice/WebserviceSpecificManagementBookings.php}). A booking is made with
 *       {@code booking_status} 1 (new) and {@code payment_status} 3 (awaiting: paid at the hotel);
 *       it is cancelled by a PUT with {@code booking_status} 3 that resends its room lines
 *       unchanged (a PUT drops the lines it does not name). A booking QloApps cannot make on those
 *       dates is refused with HTTP 400 "Requested room(s) not available". See {@link
 *       QloAppsBookings}.
 *   <li>Status: the booking answer carries none, so {@code GET orders/<id>} gives the order's
 *       {@code current_state} and dates, and {@code GET configurations} (once) which states are
 *       QloApps's {@code PS_OS_CANCELED} and {@code PS_OS_REFUND}: those read as {@link
 *       BookingStatus#CANCELLED}, every other as {@link BookingStatus#CONFIRMED} (check-in happens
 *       in QloApps). The API key needs GET on {@code hotel_ari}, {@code bookings}, {@code orders},
 *       {@code configurations}, and POST/PUT on {@code hotel_ari} and {@code bookings}.
 * </ul>
 *
 * <h2>References</h2>
 *
 * Our reference is derived from the QloApps booking id ({@link QloAppsReferences}) with the
 * property's prefix, rather than stored in a QloApps field: QloApps's bookings resource cannot be
 * searched by any field, so a stored reference could only be found by reading every booking. A
 * derived one leads straight to {@code GET bookings/<id>}, and bookings made in QloApps itself get
 * one too. A reference with another prefix, or one of another QloApps hotel, is not found.
 *
 * <h2>Failures</h2>
 *
 * A booking QloApps refuses (400) is a {@link NoRoomAvailableException} or an {@link
 * InvalidBookingRequestException}; no answer in time, no connection, 5xx, a refused API key and
 * answers that are not QloApps's JSON are a {@link PmsUnavailableException}. Reads are retried and
 * then served from the availability cache (up to {@code concierge.pms.qloapps.stale-availability}
 * old) or from the bookings this instance read last; writes are never retried nor guessed. Each
 * method has its own circuit breaker. Calls are timed and counted in {@code
 * concierge_pms_call_duration} and {@code concierge_pms_calls}; failures show in MicroProfile Fault
 * Tolerance's own metrics ({@code ft_invocations_total} by result and fallback).
 *
 * <h2>Configuration</h2>
 *
 * {@code concierge.pms.qloapps.base-url} (like {@code http://127.0.0.1:8081/api}), {@code
 * concierge.pms.qloapps.api-key} (only from the environment: {@code
 * CONCIERGE_PMS_QLOAPPS_API_KEY}), {@code concierge.pms.qloapps.hotel-id} (1), {@code
 * concierge.pms.qloapps.room-types} ({@code STD-TWIN=1,DLX-KING=2}: our codes to QloApps room type
 * ids), {@code concierge.pms.qloapps.timeout} (PT5S, each HTTP request), {@code
 * concierge.pms.qloapps.stale-availability} (PT15M) and {@code concierge.pms.qloapps.currency}
 * (JPY: the currency bookings are made in; answers carry their own). They are read at the first
 * call, so that an installation that does not use QloApps needs none of them.
 *
 * <h2>What QloApps does not keep</h2>
 *
 * QloApps needs the guest's email (a booking without one is refused before asking) and returns no
 * phone; it records children only with their ages, which the concierge does not ask for; a change
 * of party alone (same room type and dates) leaves QloApps's room as it was; a booking with several
 * rooms (made in QloApps) can be read and cancelled here but not changed. The cancellation fee is
 * QloApps's business: {@link PmsBooking#cancellationFee()} stays null.
 */
@ApplicationScoped
public class QloAppsPmsGateway implements PropertyManagementSystem {
  public static final String NAME = "qloapps";

  /** How many bookings the find fallback remembers; the least recently read go first. */
  static final int RECENT_BOOKINGS = 500;

  /**
   * Bounds a whole call: a find, a change or a cancellation makes up to three requests, each with
   * its own {@code concierge.pms.qloapps.timeout}.
   */
  static final long CALL_TIMEOUT_SECONDS = 12;

  private static final String TIMED = "concierge_pms_call_duration";
  private static final String COUNTED = "concierge_pms_calls";

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.base-url")
  Optional<String> baseUrl;

  /** A secret: set it only in the environment, as CONCIERGE_PMS_QLOAPPS_API_KEY. */
  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.hotel-id", defaultValue = "1")
  int hotelId;

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.room-types")
  Optional<String> roomTypes;

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.timeout", defaultValue = "PT5S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.stale-availability", defaultValue = "PT15M")
  Duration staleAvailability;

  @Inject
  @ConfigProperty(name = "concierge.pms.qloapps.currency", defaultValue = "JPY")
  String currency;

  @Inject AvailabilityCache cache;
  @Inject PropertyService properties;
  @Inject Clock clock;

  /** What the gateway needs to know of the property: its reference prefix and time zone. */
  record PropertyFacts(String referencePrefix, ZoneId zone) {}

  private record Connection(QloAppsSettings settings, QloAppsWebservice webservice) {}

  /** A booking as read from QloApps, with our view of it. */
  private record Current(QloAppsBooking booking, PmsBooking view) {}

  private final Map<BookingReference, PmsBooking> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<BookingReference, PmsBooking> eldest) {
              return size() > RECENT_BOOKINGS;
            }
          });

  private volatile Connection connection;
  private volatile Set<Integer> cancelledStates;
  private Supplier<PropertyFacts> propertyFacts = this::propertyFactsFromDatabase;

  /**
   * For CDI. The configuration is read at the first call, so that an unused gateway never fails.
   */
  QloAppsPmsGateway() {}

  /** For tests: a gateway without CDI, configured directly. */
  QloAppsPmsGateway(
      QloAppsSettings settings, AvailabilityCache cache, Clock clock, PropertyFacts facts) {
    this.connection = new Connection(settings, new QloAppsWebservice(settings));
    this.cache = cache;
    this.clock = clock;
    this.propertyFacts = () -> facts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Timeout(value = CALL_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = PmsUnavailableException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 5,
      failureRatio = 1.0,
      delay = 10_000,
      successThreshold = 1,
      failOn = {PmsUnavailableException.class, TimeoutException.class})
  @Fallback(
      fallbackMethod = "availabilityFromCache",
      applyOn = {
        PmsUnavailableException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
      })
  @Timed(
      name = TIMED,
      absolute = true,
      tags = {"pms=qloapps", "operation=availability"})
  @Counted(
      name = COUNTED,
      absolute = true,
      tags = {"pms=qloapps", "operation=availability"})
  public List<RoomTypeAvailability> availability(StayRequest request) {
    Connection qloApps = connection();
    Answer answer =
        qloApps
            .webservice()
            .postXml(
                QloAppsAri.RESOURCE, QloAppsAri.requestXml(qloApps.settings().hotelId(), request));
    if (!answer.isSuccess()) {
      throw new PmsUnavailableException(
          "QloApps did not answer the availability question (HTTP "
              + answer.status()
              + ": "
              + qloApps.webservice().redact(answer.errorMessage())
              + ")");
    }
    return read(answer, json -> QloAppsAri.read(json, request, qloApps.settings()));
  }

  @Override
  @Timeout(value = CALL_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 5,
      failureRatio = 1.0,
      delay = 10_000,
      successThreshold = 1,
      failOn = {PmsUnavailableException.class, TimeoutException.class})
  @Fallback(
      fallbackMethod = "refuseCreate",
      applyOn = {
        PmsUnavailableException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
      })
  @Timed(
      name = TIMED,
      absolute = true,
      tags = {"pms=qloapps", "operation=create"})
  @Counted(
      name = COUNTED,
      absolute = true,
      tags = {"pms=qloapps", "operation=create"})
  public PmsBooking create(BookingRequest request) {
    Connection qloApps = connection();
    int roomTypeId = roomTypeId(qloApps.settings(), request.roomType());
    Answer answer =
        qloApps
            .webservice()
            .postJson(
                QloAppsBookings.RESOURCE,
                QloAppsBookings.createBody(request, roomTypeId, qloApps.settings()));
    requireAccepted(answer, qloApps, request.roomType(), request.stay(), null);
    QloAppsBooking created = read(answer, QloAppsBookings::readBooking);
    PropertyFacts facts = propertyFacts.get();
    Instant createdAt =
        Optional.ofNullable(QloAppsBookings.instant(created.bookingDate(), facts.zone()))
            .orElseGet(clock::instant);
    return remember(
        QloAppsBookings.toPmsBooking(
            created,
            BookingStatus.CONFIRMED,
            createdAt,
            createdAt,
            facts.referencePrefix(),
            qloApps.settings()));
  }

  @Override
  @Timeout(value = CALL_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = PmsUnavailableException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 5,
      failureRatio = 1.0,
      delay = 10_000,
      successThreshold = 1,
      failOn = {PmsUnavailableException.class, TimeoutException.class})
  @Fallback(
      fallbackMethod = "findRecentlyRead",
      applyOn = {
        PmsUnavailableException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
      })
  @Timed(
      name = TIMED,
      absolute = true,
      tags = {"pms=qloapps", "operation=find"})
  @Counted(
      name = COUNTED,
      absolute = true,
      tags = {"pms=qloapps", "operation=find"})
  public Optional<PmsBooking> find(BookingReference reference) {
    Optional<Current> current = current(reference);
    if (current.isEmpty()) {
      recent.remove(reference);
      return Optional.empty();
    }
    return Optional.of(remember(current.get().view()));
  }

  @Override
  @Timeout(value = CALL_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 5,
      failureRatio = 1.0,
      delay = 10_000,
      successThreshold = 1,
      failOn = {PmsUnavailableException.class, TimeoutException.class})
  @Fallback(
      fallbackMethod = "refuseModify",
      applyOn = {
        PmsUnavailableException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
      })
  @Timed(
      name = TIMED,
      absolute = true,
      tags = {"pms=qloapps", "operation=modify"})
  @Counted(
      name = COUNTED,
      absolute = true,
      tags = {"pms=qloapps", "operation=modify"})
  public PmsBooking modify(BookingReference reference, BookingRequest changed) {
    Connection qloApps = connection();
    Current current = existing(reference);
    if (current.view().status() == BookingStatus.CANCELLED) {
      throw new BookingStateException(
          "Booking " + reference + " is cancelled; it cannot be changed");
    }
    List<RoomLine> lines = current.booking().lines();
    if (lines.size() > 1 || lines.get(0).numberOfRooms() > 1) {
      throw new BookingStateException(
          "Booking " + reference + " holds several rooms in QloApps: change it there");
    }
    int roomTypeId = roomTypeId(qloApps.settings(), changed.roomType());
    StayPeriod stay = changed.stay();
    // A line QloApps already holds is sent without rooms, so that it keeps the room (and its
    // services) as it is; a new type or new dates come with the party and are checked for a room.
    RoomLine line =
        lines.get(0).sameStay(roomTypeId, stay)
            ? new RoomLine(roomTypeId, stay.checkIn(), stay.checkOut(), 1, List.of())
            : new RoomLine(
                roomTypeId, stay.checkIn(), stay.checkOut(), 1, List.of(changed.party()));
    JsonObject body =
        QloAppsBookings.updateBody(
            current.booking().id(),
            qloApps.settings().hotelId(),
            QloAppsBookings.customerDetail(changed.guest()),
            List.of(line),
            null);
    Answer answer =
        qloApps.webservice().putJson(QloAppsBookings.RESOURCE + "/" + current.booking().id(), body);
    requireAccepted(answer, qloApps, changed.roomType(), stay, reference);
    return remember(
        QloAppsBookings.toPmsBooking(
            read(answer, QloAppsBookings::readBooking),
            BookingStatus.CONFIRMED,
            current.view().createdAt(),
            clock.instant(),
            propertyFacts.get().referencePrefix(),
            qloApps.settings()));
  }

  @Override
  @Timeout(value = CALL_TIMEOUT_SECONDS, unit = ChronoUnit.SECONDS)
  @CircuitBreaker(
      requestVolumeThreshold = 5,
      failureRatio = 1.0,
      delay = 10_000,
      successThreshold = 1,
      failOn = {PmsUnavailableException.class, TimeoutException.class})
  @Fallback(
      fallbackMethod = "refuseCancel",
      applyOn = {
        PmsUnavailableException.class,
        CircuitBreakerOpenException.class,
        TimeoutException.class
      })
  @Timed(
      name = TIMED,
      absolute = true,
      tags = {"pms=qloapps", "operation=cancel"})
  @Counted(
      name = COUNTED,
      absolute = true,
      tags = {"pms=qloapps", "operation=cancel"})
  public PmsBooking cancel(BookingReference reference) {
    Connection qloApps = connection();
    Current current = existing(reference);
    if (current.view().status() == BookingStatus.CANCELLED) {
      throw new BookingStateException("Booking " + reference + " is already cancelled");
    }
    // The PUT must name every room line the booking keeps; without rooms, each stays as it is.
    List<RoomLine> unchanged =
        current.booking().lines().stream()
            .map(
                line ->
                    new RoomLine(
                        line.roomTypeId(),
                        line.checkIn(),
                        line.checkOut(),
                        line.numberOfRooms(),
                        List.of()))
            .toList();
    JsonObject body =
        QloAppsBookings.updateBody(
            current.booking().id(),
            qloApps.settings().hotelId(),
            QloAppsBookings.customerDetail(current.booking().customer()),
            unchanged,
            QloAppsBookings.STATUS_CANCELLED);
    Answer answer =
        qloApps.webservice().putJson(QloAppsBookings.RESOURCE + "/" + current.booking().id(), body);
    requireAccepted(answer, qloApps, current.view().roomType(), current.view().stay(), reference);
    return remember(
        QloAppsBookings.toPmsBooking(
            read(answer, QloAppsBookings::readBooking),
            BookingStatus.CANCELLED,
            current.view().createdAt(),
            clock.instant(),
            propertyFacts.get().referencePrefix(),
            qloApps.settings()));
  }

  // ---- Fallbacks: called by MicroProfile Fault Tolerance with the arguments of the failed call.

  /** While QloApps does not answer: the last availability answer, if not older than the limit. */
  List<RoomTypeAvailability> availabilityFromCache(StayRequest request) {
    Duration limit = connection().settings().staleAvailability();
    return cache
        .peek(request, limit)
        .orElseThrow(
            () ->
                new PmsUnavailableException(
                    "The reservation system does not answer, and availability for these dates was"
                        + " not read in the last "
                        + limit.toMinutes()
                        + " minutes"));
  }

  /** While QloApps does not answer: the booking as this instance last read it, if it did. */
  Optional<PmsBooking> findRecentlyRead(BookingReference reference) {
    PmsBooking known = recent.get(reference);
    if (known == null) {
      throw new PmsUnavailableException(
          "The reservation system does not answer; booking "
              + reference
              + " cannot be looked up now");
    }
    return Optional.of(known);
  }

  /** Writes are refused while QloApps does not answer: nothing is promised that it did not take. */
  PmsBooking refuseCreate(BookingRequest request) {
    throw new PmsUnavailableException(
        "The reservation system does not answer; the booking was not confirmed");
  }

  PmsBooking refuseModify(BookingReference reference, BookingRequest changed) {
    throw new PmsUnavailableException(
        "The reservation system does not answer; the change to "
            + reference
            + " was not confirmed");
  }

  PmsBooking refuseCancel(BookingReference reference) {
    throw new PmsUnavailableException(
        "The reservation system does not answer; the cancellation of "
            + reference
            + " was not confirmed");
  }

  // ---- Reading bookings

  private Current existing(BookingReference reference) {
    return current(reference).orElseThrow(() -> new BookingNotFoundException(reference));
  }

  /** The booking and its order state, or empty when QloApps has no such booking at our hotel. */
  private Optional<Current> current(BookingReference reference) {
    Connection qloApps = connection();
    PropertyFacts facts = propertyFacts.get();
    Optional<Long> id = QloAppsReferences.decode(facts.referencePrefix(), reference);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Answer answer = qloApps.webservice().get(QloAppsBookings.RESOURCE + "/" + id.get(), Map.of());
    if (answer.status() == 404) {
      return Optional.empty();
    }
    requireSuccess(answer, qloApps);
    QloAppsBooking booking = read(answer, QloAppsBookings::readBooking);
    if (booking.hotelId() != qloApps.settings().hotelId() || booking.id() != id.get()) {
      return Optional.empty();
    }
    Answer orderAnswer = qloApps.webservice().get("orders/" + id.get(), Map.of());
    requireSuccess(orderAnswer, qloApps);
    OrderFacts order = read(orderAnswer, QloAppsBookings::readOrder);
    BookingStatus status =
        cancelledStates(qloApps).contains(order.currentState())
            ? BookingStatus.CANCELLED
            : BookingStatus.CONFIRMED;
    Instant createdAt =
        QloAppsBookings.instant(
            booking.bookingDate() == null ? order.dateAdd() : booking.bookingDate(), facts.zone());
    PmsBooking view =
        QloAppsBookings.toPmsBooking(
            booking,
            status,
            createdAt,
            QloAppsBookings.instant(order.dateUpd(), facts.zone()),
            facts.referencePrefix(),
            qloApps.settings());
    return Optional.of(new Current(booking, view));
  }

  /** QloApps's cancelled and refunded order states, asked once: they differ between versions. */
  private Set<Integer> cancelledStates(Connection qloApps) {
    Set<Integer> states = cancelledStates;
    if (states == null) {
      Answer answer =
          qloApps
              .webservice()
              .get(
                  "configurations",
                  Map.of(
                      "display",
                      "[name,value]",
                      "filter[name]",
                      "[" + String.join("|", QloAppsBookings.CANCELLED_STATE_KEYS) + "]"));
      requireSuccess(answer, qloApps);
      states = Set.copyOf(read(answer, QloAppsBookings::readCancelledStates));
      cancelledStates = states;
    }
    return states;
  }

  // ---- Answers

  /** A write QloApps refused: its 400 named as the exception the caller can act on. */
  private static void requireAccepted(
      Answer answer,
      Connection qloApps,
      String roomType,
      StayPeriod stay,
      BookingReference reference) {
    if (answer.status() == 400) {
      String message = qloApps.webservice().redact(answer.errorMessage());
      if (message.startsWith(QloAppsBookings.NOT_AVAILABLE)) {
        throw new NoRoomAvailableException(roomType, stay);
      }
      if (reference != null && message.startsWith("Booking not found")) {
        throw new BookingNotFoundException(reference);
      }
      throw new InvalidBookingRequestException("booking", "was refused by QloApps: " + message);
    }
    requireSuccess(answer, qloApps);
  }

  private static void requireSuccess(Answer answer, Connection qloApps) {
    if (!answer.isSuccess()) {
      throw new PmsUnavailableException(
          "QloApps answered "
              + answer.call()
              + " with HTTP "
              + answer.status()
              + " ("
              + qloApps.webservice().redact(answer.errorMessage())
              + ")");
    }
  }

  /** Reads an answer; one that is not what QloApps sends means QloApps cannot serve us now. */
  private static <T> T read(Answer answer, Function<JsonObject, T> reader) {
    try {
      return reader.apply(answer.json());
    } catch (MalformedAnswerException
        | DateTimeException
        | ArithmeticException
        | ClassCastException
        | IndexOutOfBoundsException
        | InvalidBookingRequestException e) {
      throw new PmsUnavailableException(
          "QloApps's answer to " + answer.call() + " is not what QloApps sends: " + e.getMessage());
    }
  }

  private static int roomTypeId(QloAppsSettings settings, String roomType) {
    return settings
        .roomTypeId(roomType)
        .orElseThrow(
            () ->
                new InvalidBookingRequestException(
                    "roomType",
                    "'"
                        + roomType
                        + "' is not sold through QloApps; one of "
                        + settings.roomTypes().keySet()));
  }

  private PmsBooking remember(PmsBooking booking) {
    recent.put(booking.reference(), booking);
    return booking;
  }

  // ---- Configuration

  private Connection connection() {
    Connection current = connection;
    if (current == null) {
      synchronized (this) {
        current = connection;
        if (current == null) {
          QloAppsSettings settings =
              QloAppsSettings.fromConfig(
                  baseUrl,
                  apiKey,
                  hotelId,
                  roomTypes.orElse(""),
                  timeout,
                  staleAvailability,
                  currency);
          current = new Connection(settings, new QloAppsWebservice(settings));
          connection = current;
        }
      }
    }
    return current;
  }

  private PropertyFacts propertyFactsFromDatabase() {
    Property property = properties.getProperty();
    return new PropertyFacts(property.getBookingReferencePrefix(), property.getTimezone());
  }
}
