package org.omotenashi.concierge.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyFileParser;

/** The rules a new task must meet, against the demo hotel that ships with the product. */
class TaskChecksTest {
  private final Property hotel = demoHotel();

  @Test
  void aTaskForAKnownDepartmentAndRoomIsAccepted() {
    assertThatCode(() -> check(NewTask.of("housekeeping", "305", "Two extra towels", null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> check(NewTask.of("CONCIERGE", null, "Taxi at 7:00", TaskPriority.HIGH)))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnknownDepartmentIsRefusedNamingTheField() {
    assertField(() -> check(NewTask.of("LAUNDRY_ROBOTS", "305", "Towels", null)), "department");
    assertField(() -> check(NewTask.of(null, "305", "Towels", null)), "department");
  }

  @Test
  void aRoomTheHotelDoesNotHaveIsRefused() {
    assertField(() -> check(NewTask.of("MAINTENANCE", "999", "Lamp broken", null)), "room");
  }

  @Test
  void theSummaryIsRequiredAndAtMost500Characters() {
    assertField(() -> check(NewTask.of("SPA", null, "  ", null)), "summary");
    assertField(() -> check(NewTask.of("SPA", null, "x".repeat(501), null)), "summary");
    assertThatCode(() -> check(NewTask.of("SPA", null, "x".repeat(500), null)))
        .doesNotThrowAnyException();
  }

  @Test
  void aBookingReferenceLongerThanTheColumnIsRefused() {
    assertField(
        () ->
            check(
                new NewTask("FRONT_DESK", null, "Invoice", null, null, null, "X".repeat(17), null)),
        "bookingReference");
  }

  private void check(NewTask request) {
    TaskChecks.checkNew(request, hotel);
  }

  private static void assertField(ThrowingCallable call, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidTaskException.class, e -> assertThat(e.field()).contains(field));
  }

  private static Property demoHotel() {
    try (InputStream in = TaskChecksTest.class.getResourceAsStream("/demo/demo-hotel.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Property(
          new PropertyFileParser().parse(yaml), Instant.parse("2026-11-01T00:00:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
