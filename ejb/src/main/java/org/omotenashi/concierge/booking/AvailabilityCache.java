package org.omotenashi.concierge.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The last availability answers of the property-management system, per stay and party. Cleared by
 * every booking change this instance makes; entries also age out after a TTL, which bounds how long
 * a change made elsewhere (another instance, staff working in an external PMS) goes unseen. The
 * never-overbook guarantee does not rely on it: a booking re-checks inventory in the PMS.
 *
 * <p>An external PMS's fallback may serve older entries, up to its own staleness limit, while the
 * PMS does not answer.
 */
@ApplicationScoped
public class AvailabilityCache {
  /** Bounded so that guests asking about many different dates cannot grow it without end. */
  static final int MAX_ENTRIES = 5_000;

  @Inject Clock clock;

  private final ConcurrentHashMap<StayRequest, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  private record Entry(List<RoomTypeAvailability> availability, Instant storedAt) {}

  /** The stored answer when it is younger than {@code maxAge}; counts a hit or a miss. */
  public Optional<List<RoomTypeAvailability>> find(StayRequest request, Duration maxAge) {
    Optional<List<RoomTypeAvailability>> found = peek(request, maxAge);
    (found.isPresent() ? hits : misses).incrementAndGet();
    return found;
  }

  /** Like {@link #find}, without counting: for a fallback while the PMS is down. */
  public Optional<List<RoomTypeAvailability>> peek(StayRequest request, Duration maxAge) {
    Entry entry = entries.get(request);
    if (entry == null || entry.storedAt().plus(maxAge).isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry.availability());
  }

  public void put(StayRequest request, List<RoomTypeAvailability> availability) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(request, new Entry(List.copyOf(availability), clock.instant()));
  }

  public void invalidateAll() {
    entries.clear();
  }

  @Gauge(
      name = "concierge_availability_cache_hit_ratio",
      absolute = true,
      unit = "none",
      description = "Share of availability questions answered from the cache since start")
  public double hitRatio() {
    long found = hits.get();
    long total = found + misses.get();
    return total == 0 ? 0 : (double) found / total;
  }
}
