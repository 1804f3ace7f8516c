package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.omotenashi.concierge.hotel.Room;
import org.omotenashi.concierge.hotel.RoomType;

/**
 * A reservation of one room of a type for a stay, held by the embedded PMS. The business key is the
 * reference.
 *
 * <p>Life: {@code CONFIRMED} → {@code CHECKED_IN} (a room is assigned) → {@code CHECKED_OUT}; or
 * {@code CONFIRMED} → {@code CANCELLED} (free before the policy's deadline, else the first night is
 * charged) or {@code NO_SHOW} (first night charged). Only a confirmed booking can be changed. Each
 * transition checks that the booking's state allows it and throws {@link BookingStateException}
 * otherwise. Whether a room is free is not the booking's to know: {@link EmbeddedPms} checks
 * inventory before it calls these methods.
 */
@Entity
@Table(name = "booking")
public class Booking {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  @ManyToOne
  @JoinColumn(name = "room_id")
  private Room room;

  @Column(name = "check_in", nullable = false)
  private LocalDate checkIn;

  @Column(name = "check_out", nullable = false)
  private LocalDate checkOut;

  @Column(nullable = false)
  private int adults;

  @Column(nullable = false)
  private int children;

  @Column(name = "guest_name", nullable = false, length = GuestContact.MAX_NAME)
  private String guestName;

  @Column(name = "guest_email", length = GuestContact.MAX_EMAIL)
  private String guestEmail;

  @Column(name = "guest_phone", length = GuestContact.MAX_PHONE)
  private String guestPhone;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BookingStatus status;

  @Column(nullable = false)
  private BigDecimal total;

  @Column(name = "first_night_price", nullable = false)
  private BigDecimal firstNightPrice;

  @Column(name = "cancellation_fee")
  private BigDecimal cancellationFee;

  @Column(nullable = false)
  private String currency;

  @Column(name = "conversation_id", updatable = false)
  private String conversationId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Booking() {
    // for JPA
  }

  public Booking(
      BookingReference reference,
      RoomType roomType,
      BookingRequest request,
      List<BigDecimal> nightlyPrices,
      Instant now) {
    this.reference = reference.value();
    this.status = BookingStatus.CONFIRMED;
    this.currency = roomType.getProperty().getCurrency().getCurrencyCode();
    this.conversationId = request.conversationId();
    this.createdAt = now;
    apply(roomType, request, nightlyPrices, now);
  }

  /** Changes room type, dates, party or guest details, at the new prices. */
  public void change(
      RoomType newRoomType, BookingRequest changed, List<BigDecimal> nightlyPrices, Instant now) {
    requireStatus(BookingStatus.CONFIRMED, "changed");
    apply(newRoomType, changed, nightlyPrices, now);
  }

  private void apply(
      RoomType newRoomType, BookingRequest request, List<BigDecimal> nightlyPrices, Instant now) {
    if (nightlyPrices.size() != request.stay().nights()) {
      throw new IllegalArgumentException("One price per night is needed");
    }
    this.roomType = newRoomType;
    this.checkIn = request.stay().checkIn();
    this.checkOut = request.stay().checkOut();
    this.adults = request.party().adults();
    this.children = request.party().children();
    this.guestName = request.guest().name();
    this.guestEmail = request.guest().email();
    this.guestPhone = request.guest().phone();
    this.total = RatePlan.total(nightlyPrices);
    this.firstNightPrice = nightlyPrices.get(0);
    this.updatedAt = now;
  }

  /** Cancels; after the free-cancellation deadline the first night is charged. */
  public void cancel(CancellationPolicy policy, Instant now) {
    requireStatus(BookingStatus.CONFIRMED, "cancelled");
    status = BookingStatus.CANCELLED;
    cancellationFee = policy.isFree(checkIn, now) ? null : firstNightPrice;
    updatedAt = now;
  }

  /** The guest has arrived, on a night of the stay, and gets {@code assigned}. */
  public void checkIn(Room assigned, LocalDate today, Instant now) {
    requireStatus(BookingStatus.CONFIRMED, "checked in");
    if (today.isBefore(checkIn) || !today.isBefore(checkOut)) {
      throw new BookingStateException(
          "Booking " + reference + " can be checked in from " + checkIn + " until " + checkOut);
    }
    if (!assigned.getRoomType().equals(roomType)) {
      throw new IllegalArgumentException("Room " + assigned.getNumber() + " is not a " + roomType.getCode());
    }
    room = assigned;
    status = BookingStatus.CHECKED_IN;
    updatedAt = now;
  }

  public void checkOut(Instant now) {
    requireStatus(BookingStatus.CHECKED_IN, "checked out");
    status = BookingStatus.CHECKED_OUT;
    updatedAt = now;
  }

  /** The guest did not come: the first night is charged. Only once the arrival day has come. */
  public void markNoShow(LocalDate today, Instant now) {
    requireStatus(BookingStatus.CONFIRMED, "marked as a no-show");
    if (today.isBefore(checkIn)) {
      throw new BookingStateException(
          "Booking " + reference + " arrives on " + checkIn + ": it cannot be a no-show before");
    }
    status = BookingStatus.NO_SHOW;
    cancellationFee = firstNightPrice;
    updatedAt = now;
  }

  private void requireStatus(BookingStatus required, String verb) {
    if (status != required) {
      throw new BookingStateException(
          "Booking " + reference + " is " + status + ": only a " + required + " booking can be " + verb);
    }
  }

  public PmsBooking snapshot() {
    return new PmsBooking(
        getReference(),
        status,
        roomType.getCode(),
        room == null ? null : room.getNumber(),
        getStay(),
        new Party(adults, children),
        new GuestContact(guestName, guestEmail, guestPhone),
        total,
        cancellationFee,
        currency,
        conversationId,
        createdAt,
        updatedAt);
  }

  public Long getId() {
    return id;
  }

  public BookingReference getReference() {
    return new BookingReference(reference);
  }

  public RoomType getRoomType() {
    return roomType;
  }

  /** The room assigned at check-in; null before. */
  public Room getRoom() {
    return room;
  }

  public StayPeriod getStay() {
    return new StayPeriod(checkIn, checkOut);
  }

  public BookingStatus getStatus() {
    return status;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public BigDecimal getCancellationFee() {
    return cancellationFee;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Booking booking && Objects.equals(reference, booking.reference);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(reference);
  }
}
