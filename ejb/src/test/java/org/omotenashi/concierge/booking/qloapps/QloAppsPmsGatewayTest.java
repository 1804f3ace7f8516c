package org.omotenashi.concierge.booking.qloapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.booking.AvailabilityCache;
import org.omotenashi.concierge.booking.BookingNotFoundException;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStateException;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.InvalidBookingRequestException;
import org.omotenashi.concierge.booking.NoRoomAvailableException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.PmsUnavailableException;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.booking.TestCaches;
import org.omotenashi.concierge.booking.qloapps.FakeQloApps.RecordedRequest;
import org.omotenashi.concierge.booking.qloapps.QloAppsPmsGateway.PropertyFacts;

class QloAppsPmsGatewayTest {
  /** QloApps keys are 32 characters long; anything else is refused before it is even looked up. */
  private static final String API_KEY = "QLOAPPSTESTKEY0123456789ABCDEFGH";

  private static final String OTHER_KEY = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";
  private static final LocalDate MARCH_10 = LocalDate.of(2030, 3, 10);
  private static final GuestContact HANAKO =
      new GuestContact("Hanako Sato", "hanako@example.jp", null);

  private FakeQloApps qloApps;
  private TestClock clock;
  private AvailabilityCache cache;
  private QloAppsPmsGateway gateway;

  @BeforeEach
  void start() {
    qloApps =
        FakeQloApps.start(API_KEY)
            .addRoomType(1, "Standard Twin", 2, new BigDecimal("10000"))
            .addRoomType(2, "Deluxe King", 1, new BigDecimal("20000"))
            .addRoomType(3, "Staff Room", 1, new BigDecimal("1000"));
    clock = new TestClock(Instant.parse("2030-03-01T00:00:00Z"));
    cache = TestCaches.availabilityCache(clock);
    gateway = gateway(API_KEY, Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    qloApps.close();
  }

  private QloAppsPmsGateway gateway(String apiKey, Duration timeout) {
    Map<String, Integer> roomTypes = new LinkedHashMap<>();
    roomTypes.put("STD-TWIN", 1);
    roomTypes.put("DLX-KING", 2);
    QloAppsSettings settings =
        new QloAppsSettings(
            URI.create(qloApps.baseUrl()),
            apiKey,
            1,
            roomTypes,
            timeout,
            Duration.ofMinutes(15),
            "JPY");
    return new QloAppsPmsGateway(settings, cache, clock, new PropertyFacts("SKR", ZoneOffset.UTC));
  }

  private static StayRequest stay(LocalDate checkIn, int nights, int adults) {
    return new StayRequest(new StayPeriod(checkIn, checkIn.plusDays(nights)), new Party(adults, 0));
  }

  private static BookingRequest booking(String roomType, LocalDate checkIn, int nights) {
    return new BookingRequest(
        roomType,
        new StayPeriod(checkIn, checkIn.plusDays(nights)),
        new Party(2, 0),
        HANAKO,
        "conv-42");
  }

  private static RoomTypeAvailability type(List<RoomTypeAvailability> offer, String code) {
    return offer.stream().filter(type -> type.roomType().equals(code)).findFirst().orElseThrow();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  // ---- Availability

  @Test
  void availabilityCountsRoomsFreeOnEveryNightAndPricesEachNightWithTax() {
    qloApps.priceOn(1, MARCH_10.plusDays(1), new BigDecimal("12000"));
    gateway.create(booking("STD-TWIN", MARCH_10.plusDays(1), 1));

    List<RoomTypeAvailability> offer = gateway.availability(stay(MARCH_10, 3, 2));

    assertThat(offer)
        .extracting(RoomTypeAvailability::roomType)
        .containsExactly("STD-TWIN", "DLX-KING");
    RoomTypeAvailability twin = type(offer, "STD-TWIN");
    assertThat(twin.name()).isEqualTo("Standard Twin");
    assertThat(twin.available()).isEqualTo(1);
    assertThat(twin.nightly())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("11000"), new BigDecimal("13200"), new BigDecimal("11000"));
    assertThat(twin.total()).isEqualByComparingTo("35200");
    assertThat(twin.currency()).isEqualTo("JPY");
    RoomTypeAvailability king = type(offer, "DLX-KING");
    assertThat(king.available()).isEqualTo(1);
    assertThat(king.total()).isEqualByComparingTo("66000");
  }

  @Test
  void availabilityAsksHotelAriInXmlForTheStayAndPartyNightByNight() {
    gateway.availability(stay(MARCH_10, 2, 3));

    RecordedRequest ari =
        qloApps.requests().stream()
            .filter(r -> r.path().equals("/api/hotel_ari"))
            .findFirst()
            .orElseThrow();
    assertThat(ari.method()).isEqualTo("POST");
    assertThat(ari.body())
        .contains("<id_hotel>1</id_hotel>")
        .contains("<date_from>2030-03-10</date_from>")
        .contains("<date_to>2030-03-12</date_to>")
        .contains("<date_wise_breakdown>1</date_wise_breakdown>")
        .contains("<adults>3</adults>")
        .contains("<children>0</children>");
  }

  @Test
  void aRoomBookedOnOneNightOfTheStayIsNotFreeForTheStay() {
    gateway.create(booking("DLX-KING", MARCH_10.plusDays(2), 1));

    assertThat(type(gateway.availability(stay(MARCH_10, 3, 2)), "DLX-KING").available()).isZero();
    assertThat(type(gateway.availability(stay(MARCH_10, 2, 2)), "DLX-KING").available())
        .isEqualTo(1);
  }

  // ---- Bookings

  @Test
  void createThenFindReturnsTheSameBooking() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));

    assertThat(created.reference().value()).startsWith("SKR-");
    assertThat(created.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(created.roomType()).isEqualTo("STD-TWIN");
    assertThat(created.stay()).isEqualTo(new StayPeriod(MARCH_10, MARCH_10.plusDays(2)));
    assertThat(created.party()).isEqualTo(new Party(2, 0));
    assertThat(created.guest()).isEqualTo(HANAKO);
    assertThat(created.total()).isEqualByComparingTo("22000");
    assertThat(created.currency()).isEqualTo("JPY");
    assertThat(created.conversationId()).isEqualTo("conv-42");
    assertThat(created.createdAt()).isNotNull();

    assertThat(gateway.find(created.reference())).contains(created);
    assertThat(qloApps.orderState(1)).isEqualTo(FakeQloApps.AWAITING_PAYMENT);
  }

  @Test
  void createSendsANewBookingPaidAtTheHotel() {
    gateway.create(booking("DLX-KING", MARCH_10, 1));

    RecordedRequest post =
        qloApps.requests().stream()
            .filter(r -> r.method().equals("POST") && r.path().equals("/api/bookings"))
            .findFirst()
            .orElseThrow();
    JsonObject booking = json(post.body()).getJsonObject("booking");
    assertThat(booking.getInt("id_property")).isEqualTo(1);
    assertThat(booking.getInt("booking_status")).isEqualTo(1);
    assertThat(booking.getInt("payment_status")).isEqualTo(3);
    JsonObject associations = booking.getJsonObject("associations");
    assertThat(associations.getJsonObject("customer_detail").getString("firstname"))
        .isEqualTo("Hanako");
    assertThat(associations.getJsonObject("customer_detail").getString("lastname"))
        .isEqualTo("Sato");
    JsonObject line = associations.getJsonArray("room_types").getJsonObject(0);
    assertThat(line.getInt("id_room_type")).isEqualTo(2);
    assertThat(line.getString("checkin_date")).isEqualTo("2030-03-10");
    assertThat(line.getString("checkout_date")).isEqualTo("2030-03-11");
    assertThat(line.getInt("number_of_rooms")).isEqualTo(1);
    assertThat(line.getJsonArray("rooms").getJsonObject(0).getInt("adults")).isEqualTo(2);
  }

  @Test
  void aBookingBeyondTheFreeRoomsIsRefusedAsNoRoomAvailable() {
    gateway.create(booking("DLX-KING", MARCH_10, 2));

    assertThatThrownBy(() -> gateway.create(booking("DLX-KING", MARCH_10.plusDays(1), 2)))
        .isInstanceOf(NoRoomAvailableException.class);
    assertThat(qloApps.bookingCount()).isEqualTo(1);
  }

  @Test
  void aBookingWithoutEmailIsInvalidAndNotSent() {
    BookingRequest withoutEmail =
        new BookingRequest(
            "STD-TWIN",
            new StayPeriod(MARCH_10, MARCH_10.plusDays(1)),
            new Party(1, 0),
            new GuestContact("Taro Yamada", null, "+81 90 1234 5678"),
            null);

    assertThatThrownBy(() -> gateway.create(withoutEmail))
        .isInstanceOfSatisfying(
            InvalidBookingRequestException.class,
            e -> assertThat(e.field()).contains("guest.email"));
    assertThat(qloApps.requests()).isEmpty();
  }

  @Test
  void aRoomTypeNotMappedToQloAppsIsInvalid() {
    assertThatThrownBy(() -> gateway.create(booking("PENTHOUSE", MARCH_10, 1)))
        .isInstanceOfSatisfying(
            InvalidBookingRequestException.class, e -> assertThat(e.field()).contains("roomType"));
  }

  @Test
  void modifyRepricesAndKeepsTheReference() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));

    PmsBooking changed = gateway.modify(created.reference(), booking("DLX-KING", MARCH_10, 3));

    assertThat(changed.reference()).isEqualTo(created.reference());
    assertThat(changed.roomType()).isEqualTo("DLX-KING");
    assertThat(changed.stay()).isEqualTo(new StayPeriod(MARCH_10, MARCH_10.plusDays(3)));
    assertThat(changed.total()).isEqualByComparingTo("66000");
    assertThat(changed.status()).isEqualTo(BookingStatus.CONFIRMED);
    PmsBooking found = gateway.find(created.reference()).orElseThrow();
    assertThat(found.roomType()).isEqualTo("DLX-KING");
    assertThat(found.total()).isEqualByComparingTo("66000");
    List<RoomTypeAvailability> offer = gateway.availability(stay(MARCH_10, 2, 2));
    assertThat(type(offer, "STD-TWIN").available()).isEqualTo(2);
    assertThat(type(offer, "DLX-KING").available()).isZero();
  }

  @Test
  void modifyToARoomTypeWithoutAFreeRoomIsRefusedAndChangesNothing() {
    PmsBooking mine = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    gateway.create(booking("DLX-KING", MARCH_10, 2));

    assertThatThrownBy(() -> gateway.modify(mine.reference(), booking("DLX-KING", MARCH_10, 2)))
        .isInstanceOf(NoRoomAvailableException.class);
    assertThat(gateway.find(mine.reference()).orElseThrow().roomType()).isEqualTo("STD-TWIN");
  }

  @Test
  void cancelSetsTheStatusToCancelledAndFreesTheRoom() {
    PmsBooking created = gateway.create(booking("DLX-KING", MARCH_10, 2));

    PmsBooking cancelled = gateway.cancel(created.reference());

    assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(cancelled.reference()).isEqualTo(created.reference());
    assertThat(gateway.find(created.reference()).orElseThrow().status())
        .isEqualTo(BookingStatus.CANCELLED);
    assertThat(qloApps.orderState(1)).isEqualTo(FakeQloApps.CANCELLED);
    assertThat(type(gateway.availability(stay(MARCH_10, 2, 2)), "DLX-KING").available())
        .isEqualTo(1);
  }

  @Test
  void cancelSetsBookingStatusThreeAndResendsTheRoomLinesUnchanged() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    qloApps.clearRequests();

    gateway.cancel(created.reference());

    RecordedRequest put =
        qloApps.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(put.path()).isEqualTo("/api/bookings/1");
    JsonObject booking = json(put.body()).getJsonObject("booking");
    assertThat(booking.getInt("id")).isEqualTo(1);
    assertThat(booking.getInt("booking_status")).isEqualTo(3);
    JsonObject line =
        booking.getJsonObject("associations").getJsonArray("room_types").getJsonObject(0);
    assertThat(line.getInt("id_room_type")).isEqualTo(1);
    assertThat(line.getString("checkin_date")).isEqualTo("2030-03-10");
    assertThat(line.getString("checkout_date")).isEqualTo("2030-03-12");
    assertThat(line.containsKey("rooms")).isFalse();
  }

  @Test
  void aCancelledBookingCannotBeCancelledOrChangedAgain() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    gateway.cancel(created.reference());

    assertThatThrownBy(() -> gateway.cancel(created.reference()))
        .isInstanceOf(BookingStateException.class);
    assertThatThrownBy(() -> gateway.modify(created.reference(), booking("STD-TWIN", MARCH_10, 3)))
        .isInstanceOf(BookingStateException.class);
  }

  @Test
  void aBookingRefundedInQloAppsReadsAsCancelled() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    qloApps.changeOrderState(1, FakeQloApps.REFUNDED);

    assertThat(gateway.find(created.reference()).orElseThrow().status())
        .isEqualTo(BookingStatus.CANCELLED);
    qloApps.changeOrderState(1, FakeQloApps.PAYMENT_ACCEPTED);
    assertThat(gateway.find(created.reference()).orElseThrow().status())
        .isEqualTo(BookingStatus.CONFIRMED);
  }

  @Test
  void anUnknownReferenceIsEmpty() {
    gateway.create(booking("STD-TWIN", MARCH_10, 2));

    assertThat(gateway.find(QloAppsReferences.encode("SKR", 999))).isEmpty();
    assertThat(
            gateway.find(
                BookingReference.parse(
                    "ABC-" + QloAppsReferences.encode("SKR", 1).value().substring(4))))
        .isEmpty();
    assertThatThrownBy(() -> gateway.cancel(QloAppsReferences.encode("SKR", 999)))
        .isInstanceOf(BookingNotFoundException.class);
    assertThatThrownBy(
            () ->
                gateway.modify(
                    QloAppsReferences.encode("SKR", 999), booking("STD-TWIN", MARCH_10, 1)))
        .isInstanceOf(BookingNotFoundException.class);
  }

  // ---- Failures

  @Test
  void aWrongApiKeyMakesThePmsUnavailable() {
    QloAppsPmsGateway wrongKey = gateway(OTHER_KEY, Duration.ofSeconds(5));

    assertThatThrownBy(() -> wrongKey.availability(stay(MARCH_10, 1, 2)))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("API key")
        .hasMessageContaining("401");
  }

  @Test
  void aServerErrorMakesThePmsUnavailable() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    qloApps.failWith(500);

    assertThatThrownBy(() -> gateway.availability(stay(MARCH_10, 1, 2)))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("500");
    assertThatThrownBy(() -> gateway.find(created.reference()))
        .isInstanceOf(PmsUnavailableException.class);
    assertThatThrownBy(() -> gateway.create(booking("STD-TWIN", MARCH_10, 1)))
        .isInstanceOf(PmsUnavailableException.class);
  }

  @Test
  void anAnswerThatIsNotJsonMakesThePmsUnavailable() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    qloApps.answerMalformed();

    assertThatThrownBy(() -> gateway.availability(stay(MARCH_10, 1, 2)))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> gateway.find(created.reference()))
        .isInstanceOf(PmsUnavailableException.class);
  }

  @Test
  void anAnswerWithoutTheExpectedFieldsMakesThePmsUnavailable() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    qloApps.answerWithoutFields();

    assertThatThrownBy(() -> gateway.availability(stay(MARCH_10, 1, 2)))
        .isInstanceOf(PmsUnavailableException.class);
    assertThatThrownBy(() -> gateway.find(created.reference()))
        .isInstanceOf(PmsUnavailableException.class);
    assertThatThrownBy(() -> gateway.create(booking("STD-TWIN", MARCH_10, 1)))
        .isInstanceOf(PmsUnavailableException.class);
  }

  @Test
  void aSlowAnswerMakesThePmsUnavailableAfterTheTimeout() {
    QloAppsPmsGateway impatient = gateway(API_KEY, Duration.ofMillis(300));
    qloApps.answerSlowly(Duration.ofSeconds(3));

    long started = System.nanoTime();
    Throwable thrown = catchThrowable(() -> impatient.availability(stay(MARCH_10, 1, 2)));

    assertThat(thrown).isInstanceOf(PmsUnavailableException.class).hasMessageContaining("PT0.3S");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void noServerMakesThePmsUnavailable() {
    qloApps.close();

    assertThatThrownBy(() -> gateway.availability(stay(MARCH_10, 1, 2)))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("cannot be reached");
  }

  @Test
  void requestsCarryTheApiKeyAsBasicUserNameAndAskForJson() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    gateway.availability(stay(MARCH_10, 2, 2));
    gateway.find(created.reference());
    gateway.modify(created.reference(), booking("STD-TWIN", MARCH_10, 3));
    gateway.cancel(created.reference());

    assertThat(qloApps.requests())
        .extracting(RecordedRequest::path)
        .contains(
            "/api/hotel_ari",
            "/api/bookings",
            "/api/bookings/1",
            "/api/orders/1",
            "/api/configurations");
    assertThat(qloApps.requests())
        .allSatisfy(
            request -> {
              assertThat(request.basicUser()).isEqualTo(API_KEY);
              assertThat(request.basicPassword()).isEmpty();
              assertThat(request.queryParameter("output_format")).contains("JSON");
            });
  }

  @Test
  void theApiKeyNeverAppearsInAnExceptionMessage() {
    List<Throwable> failures = new ArrayList<>();
    QloAppsPmsGateway wrongKey = gateway(OTHER_KEY, Duration.ofSeconds(5));
    failures.add(catchThrowable(() -> wrongKey.availability(stay(MARCH_10, 1, 2))));
    failures.add(catchThrowable(() -> wrongKey.find(QloAppsReferences.encode("SKR", 1))));
    qloApps.failWith(500);
    failures.add(catchThrowable(() -> gateway.create(booking("STD-TWIN", MARCH_10, 1))));
    qloApps.behave();
    qloApps.answerMalformed();
    failures.add(catchThrowable(() -> gateway.availability(stay(MARCH_10, 1, 2))));
    qloApps.behave();
    qloApps.answerSlowly(Duration.ofSeconds(2));
    failures.add(
        catchThrowable(
            () -> gateway(API_KEY, Duration.ofMillis(200)).availability(stay(MARCH_10, 1, 2))));

    assertThat(failures)
        .hasSize(5)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(PmsUnavailableException.class));
    assertThat(failures)
        .extracting(Throwable::getMessage)
        .allSatisfy(
            message -> {
              assertThat(message).doesNotContain(API_KEY);
              assertThat(message).doesNotContain(OTHER_KEY);
            });
  }

  // ---- Fallbacks

  @Test
  void theAvailabilityFallbackServesACachedAnswerYoungerThanTheLimit() {
    StayRequest request = stay(MARCH_10, 2, 2);
    List<RoomTypeAvailability> answer = gateway.availability(request);
    cache.put(request, answer);
    qloApps.failWith(503);
    clock.advance(Duration.ofMinutes(14));

    assertThat(gateway.availabilityFromCache(request)).isEqualTo(answer);
  }

  @Test
  void theAvailabilityFallbackRefusesAnOlderOrMissingAnswer() {
    StayRequest request = stay(MARCH_10, 2, 2);
    cache.put(request, gateway.availability(request));
    clock.advance(Duration.ofMinutes(16));

    assertThatThrownBy(() -> gateway.availabilityFromCache(request))
        .isInstanceOf(PmsUnavailableException.class);
    assertThatThrownBy(() -> gateway.availabilityFromCache(stay(MARCH_10.plusDays(7), 1, 1)))
        .isInstanceOf(PmsUnavailableException.class);
  }

  @Test
  void theFindFallbackServesBookingsReadRecentlyAndNothingElse() {
    PmsBooking created = gateway.create(booking("STD-TWIN", MARCH_10, 2));
    PmsBooking found = gateway.find(created.reference()).orElseThrow();
    qloApps.failWith(500);

    assertThat(gateway.findRecentlyRead(created.reference())).isEqualTo(Optional.of(found));
    assertThatThrownBy(() -> gateway.findRecentlyRead(QloAppsReferences.encode("SKR", 77)))
        .isInstanceOf(PmsUnavailableException.class);
  }

  @Test
  void theWriteFallbacksRefuseWithoutPromisingAnything() {
    BookingRequest request = booking("STD-TWIN", MARCH_10, 2);
    BookingReference reference = QloAppsReferences.encode("SKR", 1);

    assertThatThrownBy(() -> gateway.refuseCreate(request))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("not confirmed");
    assertThatThrownBy(() -> gateway.refuseModify(reference, request))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("not confirmed");
    assertThatThrownBy(() -> gateway.refuseCancel(reference))
        .isInstanceOf(PmsUnavailableException.class)
        .hasMessageContaining("not confirmed");
    assertThat(qloApps.requests()).isEmpty();
  }

  @Test
  void itsNameIsQloApps() {
    assertThat(gateway.name()).isEqualTo("qloapps");
  }
}
