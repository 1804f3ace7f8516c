package org.omotenashi.concierge.agent.dialogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.NoRoomAvailableException;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * The agent's tools over an in-memory demo hotel: each room type's rooms and base rate, bookings in
 * a map, tasks in a list, and what was asked of them. Enough for the dialogue's and the LLM's tests
 * and the benchmark; the real rules (rates, policy, locks) are the booking module's and tested
 * there.
 */
public final class InMemoryHotelTools implements AgentTools {
  public final Map<String, PmsBooking> bookings = new LinkedHashMap<>();
  public final List<ServiceTaskRequest> tasks = new ArrayList<>();
  public final List<BookingRequest> created = new ArrayList<>();
  public final List<String> modified = new ArrayList<>();
  public final List<String> cancelled = new ArrayList<>();
  public final AtomicInteger availabilityCalls = new AtomicInteger();
  public final AtomicInteger lookups = new AtomicInteger();
  BigDecimal cancellationFee = BigDecimal.ZERO;
  private final Property property = AgentFixture.property();
  private final String conversationId;

  /** The tools of a guest writing in this conversation. */
  public InMemoryHotelTools(String conversationId) {
    this.conversationId = conversationId;
  }

  /** A confirmed booking of a Standard Twin for two, made in {@code conversationId}. */
  public PmsBooking existing(
      String reference, String conversationId, StayPeriod stay, GuestContact guest) {
    PmsBooking booking =
        new PmsBooking(
            new BookingReference(reference),
            BookingStatus.CONFIRMED,
            "STD-TWIN",
            null,
            stay,
            new Party(2, 0),
            guest,
            offer(property.findRoomType("STD-TWIN").orElseThrow(), stay).total(),
            null,
            "JPY",
            conversationId,
            Instant.EPOCH,
            Instant.EPOCH);
    bookings.put(reference, booking);
    return booking;
  }

  @Override
  public List<RoomTypeAvailability> checkAvailability(StayRequest stay) {
    availabilityCalls.incrementAndGet();
    return property.getRoomTypes().stream()
        .filter(type -> type.getMaxGuests() >= stay.party().guests())
        .map(type -> offer(type, stay.stay()))
        .toList();
  }

  private RoomTypeAvailability offer(RoomType type, StayPeriod stay) {
    long taken =
        bookings.values().stream()
            .filter(
                booking ->
                    booking.roomType().equals(type.getCode())
                        && booking.status() == BookingStatus.CONFIRMED)
            .filter(
                booking ->
                    booking.stay().checkIn().isBefore(stay.checkOut())
                        && stay.checkIn().isBefore(booking.stay().checkOut()))
            .count();
    List<BigDecimal> nightly = stay.eachNight().stream().map(night -> type.getBaseRate()).toList();
    return new RoomTypeAvailability(
        type.getCode(),
        type.getName(),
        (int) (type.getRooms().size() - taken),
        nightly,
        nightly.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        "JPY");
  }

  @Override
  public PmsBooking createBooking(BookingRequest request) {
    created.add(request);
    RoomTypeAvailability offer =
        property.getRoomTypes().stream()
            .map(type -> offer(type, request.stay()))
            .filter(found -> found.roomType().equals(request.roomType()))
            .findFirst()
            .orElseThrow();
    if (!offer.isBookable()) {
      throw new NoRoomAvailableException(request.roomType(), request.stay());
    }
    String reference = BookingReference.generate("SKR").value();
    PmsBooking booking =
        new PmsBooking(
            new BookingReference(reference),
            BookingStatus.CONFIRMED,
            request.roomType(),
            null,
            request.stay(),
            request.party(),
            request.guest(),
            offer.total(),
            null,
            "JPY",
            request.conversationId(),
            Instant.EPOCH,
            Instant.EPOCH);
    bookings.put(reference, booking);
    return booking;
  }

  @Override
  public Optional<PmsBooking> getBooking(BookingReference reference) {
    lookups.incrementAndGet();
    return Optional.ofNullable(bookings.get(reference.value()));
  }

  @Override
  public boolean madeByThisGuest(PmsBooking booking) {
    return conversationId.equals(booking.conversationId());
  }

  @Override
  public Optional<PmsBooking> findOnlyBookingOfThisGuest() {
    List<PmsBooking> own = bookings.values().stream().filter(this::madeByThisGuest).toList();
    return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
  }

  @Override
  public PmsBooking modifyBooking(BookingReference reference, BookingChangeRequest change) {
    modified.add(reference.value());
    PmsBooking before = bookings.get(reference.value());
    BookingRequest changed = change.applyTo(before);
    RoomTypeAvailability offer =
        offer(property.findRoomType(changed.roomType()).orElseThrow(), changed.stay());
    return replace(before, before.status(), changed, offer.total(), null);
  }

  @Override
  public BigDecimal cancellationFee(PmsBooking booking) {
    return cancellationFee;
  }

  @Override
  public PmsBooking cancelBooking(BookingReference reference) {
    cancelled.add(reference.value());
    PmsBooking before = bookings.get(reference.value());
    BookingRequest same =
        new BookingRequest(
            before.roomType(), before.stay(), before.party(), before.guest(), before.conversationId());
    return replace(
        before,
        BookingStatus.CANCELLED,
        same,
        before.total(),
        cancellationFee.signum() == 0 ? null : cancellationFee);
  }

  /** Stores the booking as it is after a change, in place of {@code before}. */
  private PmsBooking replace(
      PmsBooking before,
      BookingStatus status,
      BookingRequest stay,
      BigDecimal total,
      BigDecimal cancellationFee) {
    PmsBooking after =
        new PmsBooking(
            before.reference(),
            status,
            stay.roomType(),
            null,
            stay.stay(),
            stay.party(),
            stay.guest(),
            total,
            cancellationFee,
            "JPY",
            before.conversationId(),
            before.createdAt(),
            Instant.EPOCH);
    bookings.put(before.reference().value(), after);
    return after;
  }

  @Override
  public long createServiceRequest(ServiceTaskRequest request) {
    tasks.add(request);
    return tasks.size();
  }

  @Override
  public void assignRoomToTask(long taskId, String room) {
    ServiceTaskRequest task = tasks.get((int) taskId - 1);
    tasks.set(
        (int) taskId - 1,
        new ServiceTaskRequest(
            task.department(), room, task.summary(), task.priority(), task.dueAt()));
  }

  @Override
  public Optional<String> findCurrentRoomOfThisGuest() {
    return Optional.empty();
  }
}
