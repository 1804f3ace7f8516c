package org.omotenashi.concierge.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the property-management system answers, where the administrator wants that
 * ({@code concierge.pms.readiness=true}): with an external PMS, an instance that cannot book may be
 * better taken out of the load balancer. Off by default, because guests can still be answered and
 * handed to staff while the PMS is down. Asks for tomorrow's availability, which the PMS answers
 * from its own data, not from our cache.
 */
@Readiness
@ApplicationScoped
public class PmsHealthCheck implements HealthCheck {
  @Inject ConfiguredPms pms;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.pms.readiness", defaultValue = "false")
  boolean included;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("pms").withData("provider", pms.get().name());
    if (!included) {
      return response.up().withData("checked", false).build();
    }
    LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    try {
      pms.get().availability(new StayRequest(new StayPeriod(tomorrow, tomorrow.plusDays(1)), new Party(1, 0)));
      return response.up().withData("checked", true).build();
    } catch (RuntimeException e) {
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
