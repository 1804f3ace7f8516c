package org.omotenashi.concierge.booking;

import java.time.LocalDate;

/**
 * The reception's day at a glance: guests due to arrive today (not yet arrived, or arrived),
 * guests due to leave today (in house, or already gone), and guests in house.
 */
public record FrontDeskDay(LocalDate day, long arrivals, long departures, long inHouse) {}
