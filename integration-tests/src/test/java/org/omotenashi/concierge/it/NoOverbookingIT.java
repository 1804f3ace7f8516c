package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two guests never get the same room: many requests at once for the last free room. */
@ExtendWith(RunningSystem.class)
class NoOverbookingIT {
  private static final int CONCURRENT_REQUESTS = 60;

  @Test
  void ofSixtyConcurrentRequestsForTheLastFreeRoomExactlyOneBooksAndTheOthersGet409(TestSystem system)
      throws Exception {
    ApiClient staff = BookingsIT.staff(system);
    LocalDate checkIn = BookingsIT.freeDate(system, "GDN-SUITE", 220);
    String stay = "/api/v1/availability?checkIn=" + checkIn + "&checkOut=" + checkIn.plusDays(2) + "&adults=2";
    int free = BookingsIT.offer(staff.get(stay), "GDN-SUITE").path("available").asInt();
    for (int i = 1; i < free; i++) {
      assertThat(staff.post("/api/v1/bookings", BookingsIT.booking("GDN-SUITE", checkIn, 2)).status()).isEqualTo(201);
    }
    assertThat(BookingsIT.offer(staff.get(stay), "GDN-SUITE").path("available").asInt()).isEqualTo(1);

    List<Integer> statuses = fireAtOnce(staff, BookingsIT.booking("GDN-SUITE", checkIn, 2));

    assertThat(statuses).hasSize(CONCURRENT_REQUESTS);
    assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
    assertThat(statuses.stream().filter(status -> status == 409)).hasSize(CONCURRENT_REQUESTS - 1);
    assertThat(BookingsIT.offer(staff.get(stay), "GDN-SUITE").path("available").asInt()).isZero();
    long heldThatNight = staff.get("/api/v1/bookings?status=CONFIRMED&from=" + checkIn + "&to=" + checkIn)
        .json().findValuesAsText("roomType").stream().filter("GDN-SUITE"::equals).count();
    assertThat(heldThatNight).isEqualTo(2);
  }

  private static List<Integer> fireAtOnce(ApiClient staff, Map<String, Object> body) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
        replies.add(threads.submit(() -> {
          start.await();
          return staff.post("/api/v1/bookings", body).status();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get());
      }
      return statuses;
    } finally {
      threads.shutdownNow();
    }
  }
}
