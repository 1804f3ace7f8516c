package org.omotenashi.concierge.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.omotenashi.concierge.hotel.RoomType;

/** A price staff set for some nights of a room type; the newest covering a night wins. */
@Entity
@Table(name = "seasonal_rate")
public class SeasonalRate extends NightsEntry {
  @ManyToOne(optional = false)
  @JoinColumn(name = "room_type_id")
  private RoomType roomType;

  @Column(nullable = false)
  private BigDecimal rate;

  protected SeasonalRate() {
    // for JPA
  }

  public SeasonalRate(RoomType roomType, NightRange nights, BigDecimal rate, Actor by, Instant now) {
    super(nights, by, now);
    if (rate.signum() < 0) {
      throw new InvalidBookingRequestException("rate", "must not be negative");
    }
    this.roomType = roomType;
    this.rate = rate;
  }

  public RoomType getRoomType() {
    return roomType;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public RatePlan.SeasonalPrice price() {
    return new RatePlan.SeasonalPrice(getNights(), rate);
  }
}
