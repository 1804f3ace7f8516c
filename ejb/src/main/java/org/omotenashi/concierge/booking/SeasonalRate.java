package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.omotenashi.concierge.hotel.RoomType;

/** A price staff set for some nights of a room type; the newest covering a night wins. */
@Entity
@Table(name = "seasonal_rate")
public class SeasonalRate {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  @Column(name = "first_night", nullable = false)
  private LocalDate firstNight;

  @Column(name = "last_night", nullable = false)
  private LocalDate lastNight;

  @Column(nullable = false)
  private BigDecimal rate;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SeasonalRate() {
    // for JPA
  }

  public SeasonalRate(RoomType roomType, NightRange nights, BigDecimal rate, Actor by, Instant now) {
    if (rate.signum() < 0) {
      throw new InvalidBookingRequestException("rate", "must not be negative");
    }
    this.roomType = roomType;
    this.firstNight = nights.firstNight();
    this.lastNight = nights.lastNight();
    this.rate = rate;
    this.createdBy = by.toString();
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public RoomType getRoomType() {
    return roomType;
  }

  public NightRange getNights() {
    return new NightRange(firstNight, lastNight);
  }

  public BigDecimal getRate() {
    return rate;
  }

  public RatePlan.SeasonalPrice price() {
    return new RatePlan.SeasonalPrice(getNights(), rate);
  }
}
