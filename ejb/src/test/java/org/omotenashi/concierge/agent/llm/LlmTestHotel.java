package org.omotenashi.concierge.agent.llm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.omotenashi.concierge.agent.dialogue.AgentTools;
import org.omotenashi.concierge.agent.dialogue.HotelProfile;
import org.omotenashi.concierge.agent.dialogue.HotelProfile.Fact;
import org.omotenashi.concierge.agent.dialogue.HotelProfile.RoomTypeProfile;
import org.omotenashi.concierge.agent.dialogue.Reading;
import org.omotenashi.concierge.agent.dialogue.ServiceTaskRequest;
import org.omotenashi.concierge.agent.dialogue.TurnContext;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.agent.understanding.IntentGuess;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.GuestContact;
import org.omotenashi.concierge.booking.Party;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayPeriod;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.hotel.StayRules;

/**
 * A small hotel for the LLM tests: its profile, a guest's turn context, and the agent's tools over
 * memory, counting every use so that a test can show a tool was never reached.
 */
final class LlmTestHotel {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  static final String CONVERSATION = "c-llm";

  static final HotelProfile PROFILE =
      new HotelProfile(
          "Hotel Sakura Kyoto",
          "1 Gion-machi, Kyoto",
          "+81 75 000 0000",
          "stay@sakura.example",
          "Front desk open 24 hours",
          ZoneId.of("Asia/Tokyo"),
          "JPY",
          List.of("en", "ja"),
          "SKR",
          new StayRules(LocalTime.of(15, 0), LocalTime.of(11, 0), 30, 365, 72),
          List.of(
              new RoomTypeProfile("STD-TWIN", "Standard Twin", "two single beds", 2, 22, false),
              new RoomTypeProfile("JPN-TATAMI", "Japanese Tatami Room", "futons on tatami", 4, 36, false)),
          Set.of("201", "202", "501"),
          Set.of("HOUSEKEEPING", "FRONT_DESK", "CONCIERGE"),
          List.of(
              new Fact("amenities", "wifi", "en", "free everywhere; network Sakura-Guest, password omotenashi2026"),
              new Fact("amenities", "wifi", "ja", "全館無料。ネットワーク Sakura-Guest、パスワード omotenashi2026"),
              new Fact("transport", "kyoto_station", "en", "10 minutes by taxi")));

  static TurnContext context(String guestPhone) {
    return new TurnContext(CONVERSATION, guestPhone, TODAY, NOW);
  }

  /** A message the offline reader understood nothing of but its language. */
  static Reading reading(String text, String language) {
    return new Reading(text, language, new IntentGuess(Intent.OUT_OF_SCOPE, 0.2), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** "Yes", as the offline reader reads it. */
  static Reading yes() {
    return new Reading("yes", "en", new IntentGuess(Intent.GREETING, 0.3), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty(), List.of(), Optional.empty());
  }

  /** The agent's tools over memory; every call counted. */
  static final class Tools implements AgentTools {
    final Map<String, PmsBooking> bookings = new LinkedHashMap<>();
    final List<BookingRequest> created = new ArrayList<>();
    final List<String> modified = new ArrayList<>();
    final List<String> cancelled = new ArrayList<>();
    final List<ServiceTaskRequest> tasks = new ArrayList<>();
    final AtomicInteger availabilityCalls = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();

    /** A confirmed booking, made in {@code conversationId}. */
    PmsBooking existing(String reference, String conversationId, String email, String phone) {
      PmsBooking booking = new PmsBooking(new BookingReference(reference), BookingStatus.CONFIRMED, "STD-TWIN",
          null, new StayPeriod(TODAY.plusDays(10), TODAY.plusDays(12)), new Party(2, 0),
          new GuestContact("Emma Schmidt", email, phone), new BigDecimal("36000"), null, "JPY", conversationId,
          NOW, NOW);
      bookings.put(reference, booking);
      return booking;
    }

    @Override
    public List<RoomTypeAvailability> checkAvailability(StayRequest stay) {
      availabilityCalls.incrementAndGet();
      return PROFILE.roomTypes().stream()
          .filter(type -> type.maxGuests() >= stay.party().guests())
          .map(type -> {
            BigDecimal rate = new BigDecimal(type.code().equals("STD-TWIN") ? "18000" : "32000");
            List<BigDecimal> nightly = stay.stay().eachNight().stream().map(night -> rate).toList();
            return new RoomTypeAvailability(type.code(), type.name(), 3, nightly,
                rate.multiply(BigDecimal.valueOf(nightly.size())), "JPY");
          })
          .toList();
    }

    @Override
    public PmsBooking createBooking(BookingRequest request) {
      created.add(request);
      PmsBooking booking = new PmsBooking(BookingReference.generate("SKR"), BookingStatus.CONFIRMED,
          request.roomType(), null, request.stay(), request.party(), request.guest(), new BigDecimal("36000"), null,
          "JPY", request.conversationId(), NOW, NOW);
      bookings.put(booking.reference().value(), booking);
      return booking;
    }

    @Override
    public Optional<PmsBooking> getBooking(BookingReference reference) {
      lookups.incrementAndGet();
      return Optional.ofNullable(bookings.get(reference.value()));
    }

    @Override
    public boolean madeByThisGuest(PmsBooking booking) {
      return CONVERSATION.equals(booking.conversationId());
    }

    @Override
    public Optional<PmsBooking> findOnlyBookingOfThisGuest() {
      List<PmsBooking> own = bookings.values().stream().filter(this::madeByThisGuest).toList();
      return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    @Override
    public PmsBooking modifyBooking(BookingReference reference, BookingChangeRequest change) {
      modified.add(reference.value());
      return bookings.get(reference.value());
    }

    @Override
    public BigDecimal cancellationFee(PmsBooking booking) {
      return BigDecimal.ZERO;
    }

    @Override
    public PmsBooking cancelBooking(BookingReference reference) {
      cancelled.add(reference.value());
      return bookings.get(reference.value());
    }

    @Override
    public long createServiceRequest(ServiceTaskRequest request) {
      tasks.add(request);
      return tasks.size();
    }

    @Override
    public void assignRoomToTask(long taskId, String room) {
      throw new UnsupportedOperationException("the LLM's tools never move a task");
    }

    @Override
    public Optional<String> findCurrentRoomOfThisGuest() {
      return Optional.empty();
    }
  }
}
