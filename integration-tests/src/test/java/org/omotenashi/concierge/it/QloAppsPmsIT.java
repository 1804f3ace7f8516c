package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.booking.qloapps.FakeQloApps;

/**
 * The application with its bookings in QloApps (a fake QloApps on 127.0.0.1 that speaks its
 * webservice's wire format), through the same bookings API; and what guests and staff get while
 * QloApps is down: availability from the cache, bookings refused clearly, the circuit breaker
 * opening so that a dead PMS is not hammered, and recovery once it answers again.
 */
class QloAppsPmsIT {
  /** QloApps API keys are 32 characters; a test value, not a secret. */
  private static final String API_KEY = "ITQLOAPPSKEY0123456789ABCDEFGHIJ";

  private static FakeQloApps qloApps;
  private static TestSystem system;

  @BeforeAll
  static void start() {
    qloApps = FakeQloApps.start(API_KEY)
        .addRoomType(11, "Standard Twin", 12, new BigDecimal("16000"))
        .addRoomType(12, "Deluxe King", 8, new BigDecimal("24000"));
    system = RunningSystem.startPrivate("qloapps", Map.of(
        "CONCIERGE_PMS_PROVIDER", "qloapps",
        "CONCIERGE_PMS_QLOAPPS_BASE_URL", qloApps.baseUrl(),
        "CONCIERGE_PMS_QLOAPPS_API_KEY", API_KEY,
        "CONCIERGE_PMS_QLOAPPS_ROOM_TYPES", "STD-TWIN=11,DLX-KING=12",
        "CONCIERGE_PMS_QLOAPPS_TIMEOUT", "PT2S",
        "CONCIERGE_PMS_READINESS", "true",
        // Every availability question reaches the PMS, so that its failures are seen at once.
        "CONCIERGE_PMS_AVAILABILITY_CACHE_TTL", "PT0S"));
  }

  @AfterAll
  static void stop() {
    if (system != null) {
      system.close();
    }
    if (qloApps != null) {
      qloApps.close();
    }
  }

  @Test
  void bookingsGoToQloAppsAndADeadQloAppsTripsTheBreakerThenRecovers() {
    ApiClient staff = StaffAccountsIT.admin(system);
    LocalDate checkIn = LocalDate.now().plusDays(40);
    String stay = "/api/v1/availability?checkIn=" + checkIn + "&checkOut=" + checkIn.plusDays(2) + "&adults=2";

    JsonNode offered = BookingsIT.offer(staff.get(stay), "DLX-KING");
    assertThat(offered.path("available").asInt()).isEqualTo(8);
    assertThat(qloApps.requests()).anySatisfy(r -> assertThat(r.basicUser()).isEqualTo(API_KEY));

    ApiClient.Reply booked = staff.post("/api/v1/bookings", BookingsIT.booking("DLX-KING", checkIn, 2));
    assertThat(booked.status()).as(booked.text()).isEqualTo(201);
    String reference = booked.json().path("reference").asText();
    assertThat(qloApps.bookingCount()).isEqualTo(1);
    assertThat(staff.get("/api/v1/bookings/" + reference).json().path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(staff.post("/api/v1/bookings/" + reference + "/cancel", Map.of())
        .json().path("status").asText()).isEqualTo("CANCELLED");

    // Asked again after the booking changes (which cleared the cache); then QloApps goes down.
    assertThat(staff.get(stay).status()).isEqualTo(200);
    qloApps.failWith(500);
    ApiClient.Reply cached = staff.get(stay);
    assertThat(cached.status()).as("served from the cache while QloApps is down").isEqualTo(200);
    assertThat(BookingsIT.offer(cached, "DLX-KING").path("available").asInt()).isEqualTo(8);

    ApiClient.Reply refused = staff.post("/api/v1/bookings", BookingsIT.booking("DLX-KING", checkIn, 1));
    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().path("detail").asText()).doesNotContain(API_KEY);

    String unseen = "/api/v1/availability?checkIn=" + checkIn.plusDays(5) + "&checkOut=" + checkIn.plusDays(6);
    staff.get(unseen);
    staff.get(unseen);
    // The breaker is open now: the next question is answered without calling QloApps.
    int callsBefore = qloApps.requests().size();
    assertThat(staff.get(unseen).status()).isEqualTo(503);
    assertThat(qloApps.requests()).hasSize(callsBefore);
    assertThat(system.api().get("/health/ready").status()).isEqualTo(503);
    assertThat(system.api().get("/metrics", "text/plain").text())
        .contains("ft_circuitbreaker_opened_total")
        .contains("QloAppsPmsGateway")
        .contains("concierge_availability_cache_hit_ratio");

    // QloApps is back: after the breaker's delay a probe goes through and it closes again.
    qloApps.behave();
    Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2))
        .until(() -> staff.get(unseen).status() == 200);
    assertThat(BookingsIT.offer(staff.get(unseen), "STD-TWIN").path("available").asInt()).isEqualTo(12);
    assertThat(system.api().get("/health/ready").status()).isEqualTo(200);
  }
}
