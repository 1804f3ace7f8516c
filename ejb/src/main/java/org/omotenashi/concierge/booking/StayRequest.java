package org.omotenashi.concierge.booking;

import java.util.Objects;

/** A stay asked about: its nights and its party. */
public record StayRequest(StayPeriod stay, Party party) {
  public StayRequest {
    Objects.requireNonNull(stay, "stay");
    Objects.requireNonNull(party, "party");
  }
}
