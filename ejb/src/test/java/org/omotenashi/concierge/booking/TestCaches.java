package org.omotenashi.concierge.booking;

import java.time.Clock;

/**
 * Builds the booking package's caches for tests in other packages, on a clock the test controls.
 */
public final class TestCaches {
  private TestCaches() {}

  public static AvailabilityCache availabilityCache(Clock clock) {
    AvailabilityCache cache = new AvailabilityCache();
    cache.clock = clock;
    return cache;
  }
}
