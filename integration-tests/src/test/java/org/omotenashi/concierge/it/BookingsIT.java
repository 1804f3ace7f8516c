package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bookings API as a hotel's own scripts and the console use it: availability and prices, the
 * life of a booking, its history, and bad input named by field. Each test books on dates of its own,
 * far enough ahead to be free, so that tests do not see each other's bookings.
 */
@ExtendWith(RunningSystem.class)
class BookingsIT {
  static final ZoneId HOTEL_ZONE = ZoneId.of("Asia/Tokyo");

  @Test
  void availabilityListsEveryRoomTypeForThePartyWithNightlyPricesAndWeekendRates(TestSystem system) {
    LocalDate friday = nextDayOfWeek(java.time.DayOfWeek.FRIDAY, 60);
    ApiClient.Reply reply = staff(system).get("/api/v1/availability?checkIn=" + friday
        + "&checkOut=" + friday.plusDays(3) + "&adults=3&children=0");

    assertThat(reply.status()).isEqualTo(200);
    // Three guests: only the tatami room (4) and the garden suite (3) take them.
    assertThat(reply.json().findValuesAsText("roomType")).containsExactly("JPN-TATAMI", "GDN-SUITE");
    JsonNode suite = reply.json().get(1);
    assertThat(suite.path("nightly").findValuesAsText("amount")).containsExactly("64000", "64000", "58000");
    assertThat(suite.path("total").path("amount").asInt()).isEqualTo(186000);
    assertThat(suite.path("total").path("currency").asText()).isEqualTo("JPY");
    assertThat(suite.path("available").asInt()).isBetween(0, 2);
  }

  @Test
  void aBookingIsMadeLookedUpChangedAndCancelledWithItsHistory(TestSystem system) {
    ApiClient staff = staff(system);
    LocalDate checkIn = freeDate(system, "STD-TWIN", 100);

    ApiClient.Reply created = staff.post("/api/v1/bookings", booking("STD-TWIN", checkIn, 2));
    assertThat(created.status()).isEqualTo(201);
    String reference = created.json().path("reference").asText();
    assertThat(reference).matches("SKR-[ACDEFGHJKMNPQRTUVWXY34679]{6}");
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/bookings/" + reference));
    assertThat(created.json().path("status").asText()).isEqualTo("CONFIRMED");
    assertThat(created.json().has("room")).isTrue();
    assertThat(created.json().path("room").isNull()).isTrue();

    ApiClient.Reply found = staff.get("/api/v1/bookings/" + reference.toLowerCase());
    assertThat(found.json().path("guest").path("email").asText()).isEqualTo("ana@example.com");
    assertThat(found.json().path("total").path("amount").asInt())
        .isEqualTo(created.json().path("total").path("amount").asInt());

    ApiClient.Reply longer = staff.patch("/api/v1/bookings/" + reference,
        Map.of("checkOut", checkIn.plusDays(3).toString()));
    assertThat(longer.status()).isEqualTo(200);
    assertThat(longer.json().path("checkOut").asText()).isEqualTo(checkIn.plusDays(3).toString());
    assertThat(longer.json().path("total").path("amount").asInt()).isEqualTo(3 * 18000);

    ApiClient.Reply cancelled = staff.post("/api/v1/bookings/" + reference + "/cancel", Map.of());
    assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.json().path("cancellationFee").path("amount").asInt()).isZero();
    assertThat(staff.post("/api/v1/bookings/" + reference + "/cancel", Map.of()).status()).isEqualTo(409);

    JsonNode history = staff.get("/api/v1/bookings/" + reference + "/history").json();
    assertThat(history.findValuesAsText("action")).containsExactly("CREATED", "MODIFIED", "CANCELLED");
    assertThat(history.findValuesAsText("actor")).containsOnly("staff:admin");
    assertThat(staff.get("/api/v1/bookings?guestEmail=ANA@example.com&status=CANCELLED&from=" + checkIn
        + "&to=" + checkIn).json().findValuesAsText("reference")).contains(reference);
  }

  @Test
  void aLateCancellationChargesTheFirstNight(TestSystem system) {
    ApiClient staff = staff(system);
    LocalDate tomorrow = LocalDate.now(HOTEL_ZONE).plusDays(1);
    ApiClient.Reply created = staff.post("/api/v1/bookings", booking("JPN-TATAMI", tomorrow, 2));
    assertThat(created.status()).as(created.text()).isEqualTo(201);

    ApiClient.Reply cancelled = staff.post(
        "/api/v1/bookings/" + created.json().path("reference").asText() + "/cancel", Map.of());

    assertThat(cancelled.json().path("cancellationFee").path("amount").asInt()).isPositive();
    assertThat(cancelled.json().path("cancellationFee").path("amount").asInt())
        .isEqualTo(created.json().path("total").path("amount").asInt() / 2);
  }

  @Test
  void aGuestArrivingTodayIsCheckedIntoARoomOfTheTypeAndOut(TestSystem system) {
    ApiClient staff = staff(system);
    LocalDate today = LocalDate.now(HOTEL_ZONE);
    ApiClient.Reply created = staff.post("/api/v1/bookings", booking("DLX-KING", today, 1));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String reference = created.json().path("reference").asText();

    ApiClient.Reply checkedIn = staff.post("/api/v1/bookings/" + reference + "/check-in", Map.of());

    assertThat(checkedIn.json().path("status").asText()).isEqualTo("CHECKED_IN");
    assertThat(checkedIn.json().path("room").asText()).matches("40[1-8]");
    assertThat(staff.post("/api/v1/bookings/" + reference + "/no-show", Map.of()).status()).isEqualTo(409);
    assertThat(staff.post("/api/v1/bookings/" + reference + "/check-out", Map.of())
        .json().path("status").asText()).isEqualTo("CHECKED_OUT");
  }

  @Test
  void aChangeThatNoRoomCanTakeIs409AndLeavesTheBookingAsItWas(TestSystem system) {
    ApiClient admin = staff(system);
    LocalDate checkIn = freeDate(system, "STD-TWIN", 130);
    String reference = admin.post("/api/v1/bookings", booking("STD-TWIN", checkIn, 2))
        .json().path("reference").asText();
    admin.post("/api/v1/inventory/stop-sells", Map.of("roomType", "GDN-SUITE",
        "firstNight", checkIn.toString(), "lastNight", checkIn.plusDays(1).toString(), "reason", "IT"));

    ApiClient.Reply upgrade = admin.patch("/api/v1/bookings/" + reference, Map.of("roomType", "GDN-SUITE"));

    assertThat(upgrade.status()).isEqualTo(409);
    assertThat(upgrade.contentType()).startsWith("application/problem+json");
    assertThat(admin.get("/api/v1/bookings/" + reference).json().path("roomType").asText()).isEqualTo("STD-TWIN");
  }

  @Test
  void seasonalPricesStopSellsAndRoomsOutOfOrderChangeWhatIsOffered(TestSystem system) {
    ApiClient admin = staff(system);
    LocalDate night = freeDate(system, "DLX-KING", 160);
    String stay = "/api/v1/availability?checkIn=" + night + "&checkOut=" + night.plusDays(1) + "&adults=2";
    int before = offer(admin.get(stay), "DLX-KING").path("available").asInt();

    assertThat(admin.post("/api/v1/inventory/seasonal-rates", Map.of("roomType", "DLX-KING",
        "firstNight", night.toString(), "lastNight", night.toString(), "rate", 39000)).status()).isEqualTo(201);
    ApiClient.Reply closure = admin.post("/api/v1/inventory/out-of-order", Map.of("room", "405",
        "firstNight", night.toString(), "lastNight", night.toString(), "reason", "new carpet"));
    assertThat(closure.status()).isEqualTo(201);

    JsonNode deluxe = offer(admin.get(stay), "DLX-KING");
    assertThat(deluxe.path("total").path("amount").asInt()).isEqualTo(39000);
    assertThat(deluxe.path("available").asInt()).isEqualTo(before - 1);

    admin.post("/api/v1/inventory/stop-sells", Map.of("roomType", "DLX-KING",
        "firstNight", night.toString(), "lastNight", night.toString()));
    assertThat(offer(admin.get(stay), "DLX-KING").path("available").asInt()).isZero();
    assertThat(admin.post("/api/v1/bookings", booking("DLX-KING", night, 1)).status()).isEqualTo(409);
  }

  @Test
  void aRoomTheBookingsNeedCannotBeTakenOutOfOrderAndClosuresCanBeListedAndLifted(TestSystem system) {
    ApiClient admin = staff(system);
    LocalDate night = freeDate(system, "GDN-SUITE", 190);
    String stay = "/api/v1/availability?checkIn=" + night + "&checkOut=" + night.plusDays(1) + "&adults=2";
    int free = offer(admin.get(stay), "GDN-SUITE").path("available").asInt();
    for (int i = 0; i < free; i++) {
      assertThat(admin.post("/api/v1/bookings", booking("GDN-SUITE", night, 1)).status()).isEqualTo(201);
    }
    Map<String, Object> closure = Map.of("room", "101", "firstNight", night.toString(),
        "lastNight", night.toString(), "reason", "leaking tap");

    ApiClient.Reply refused = admin.post("/api/v1/inventory/out-of-order", closure);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().path("detail").asText()).contains("101");

    ApiClient.Reply stop = admin.post("/api/v1/inventory/stop-sells", Map.of("roomType", "STD-TWIN",
        "firstNight", night.toString(), "lastNight", night.toString(), "reason", "group block"));
    long id = stop.json().path("id").asLong();
    assertThat(admin.get("/api/v1/inventory/stop-sells").json().findValuesAsText("reason")).contains("group block");
    assertThat(offer(admin.get(stay), "STD-TWIN").path("available").asInt()).isZero();
    assertThat(admin.delete("/api/v1/inventory/stop-sells/" + id).status()).isEqualTo(204);
    assertThat(offer(admin.get(stay), "STD-TWIN").path("available").asInt()).isPositive();
    assertThat(admin.delete("/api/v1/inventory/stop-sells/" + id).status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheField(TestSystem system) {
    ApiClient staff = staff(system);
    LocalDate day = LocalDate.now(HOTEL_ZONE).plusDays(30);

    assertField(staff.get("/api/v1/availability?checkIn=" + day + "&checkOut=" + day.minusDays(2)), "checkOut");
    assertField(staff.get("/api/v1/availability?checkIn=2020-01-01&checkOut=2020-01-03"), "checkIn");
    assertField(staff.get("/api/v1/availability?checkIn=15-01-2027&checkOut=2027-01-17"), "checkIn");
    assertField(staff.get("/api/v1/availability?checkIn=" + day + "&checkOut=" + day.plusDays(31)), "checkOut");
    assertField(staff.get("/api/v1/availability?checkIn=" + day.plusYears(2) + "&checkOut="
        + day.plusYears(2).plusDays(1)), "checkIn");
    assertField(staff.get("/api/v1/availability?checkIn=" + day + "&checkOut=" + day.plusDays(1)
        + "&adults=9"), "adults");
    assertField(staff.post("/api/v1/bookings", booking("PENTHOUSE", day, 1)), "roomType");
    Map<String, Object> crowded = new HashMap<>(booking("STD-TWIN", day, 1));
    crowded.put("adults", 3);
    assertField(staff.post("/api/v1/bookings", crowded), "adults");
    assertField(staff.get("/api/v1/bookings/SKR-0O0O"), "reference");
    assertThat(staff.get("/api/v1/bookings/SKR-7K3Q9P").status()).isEqualTo(404);
  }

  @Test
  void bookingsAreForStaffWhoHandleThem(TestSystem system) {
    assertThat(system.api().get("/api/v1/bookings/SKR-7K3Q9P").status()).isEqualTo(401);
    ApiClient admin = staff(system);
    String username = StaffAccountsIT.unique("hk");
    admin.post("/api/v1/staff", Map.of("username", username, "name", "Housekeeper",
        "role", "DEPARTMENT", "department", "HOUSEKEEPING", "password", "long-enough-password"));
    ApiClient housekeeping = system.api().signedInAs(username, "long-enough-password");

    assertThat(housekeeping.get("/api/v1/bookings?status=CONFIRMED").status()).isEqualTo(403);
  }

  static ApiClient staff(TestSystem system) {
    return StaffAccountsIT.admin(system);
  }

  static Map<String, Object> booking(String roomType, LocalDate checkIn, int nights) {
    return Map.of("roomType", roomType, "checkIn", checkIn.toString(),
        "checkOut", checkIn.plusDays(nights).toString(), "adults", 2, "children", 0,
        "guest", Map.of("name", "Ana García", "email", "ana@example.com", "phone", "+34 600 123 456"));
  }

  /**
   * A check-in date around {@code daysAhead} on which the room type has at least two rooms free for
   * two nights: a database that earlier runs used may have bookings on the first candidates.
   */
  static LocalDate freeDate(TestSystem system, String roomType, int daysAhead) {
    ApiClient staff = staff(system);
    for (int tries = 0; tries < 40; tries++) {
      LocalDate day = LocalDate.now(HOTEL_ZONE).plusDays(daysAhead + ThreadLocalRandom.current().nextInt(60));
      JsonNode offer = offer(staff.get("/api/v1/availability?checkIn=" + day + "&checkOut="
          + day.plusDays(2) + "&adults=1"), roomType);
      if (offer.path("available").asInt() >= 2) {
        return day;
      }
    }
    throw new AssertionError("No free dates for " + roomType);
  }

  static JsonNode offer(ApiClient.Reply availability, String roomType) {
    assertThat(availability.status()).as(availability.text()).isEqualTo(200);
    for (JsonNode offer : availability.json()) {
      if (offer.path("roomType").asText().equals(roomType)) {
        return offer;
      }
    }
    throw new AssertionError(roomType + " is not offered: " + availability.text());
  }

  private static void assertField(ApiClient.Reply reply, String field) {
    assertThat(reply.status()).as(reply.text()).isIn(400, 422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().path("errors").findValuesAsText("field")).as(reply.text()).contains(field);
  }

  private static LocalDate nextDayOfWeek(java.time.DayOfWeek day, int atLeastDaysAhead) {
    LocalDate date = LocalDate.now(HOTEL_ZONE).plusDays(atLeastDaysAhead);
    while (date.getDayOfWeek() != day) {
      date = date.plusDays(1);
    }
    return date;
  }
}
