package org.omotenashi.concierge.booking.qloapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.booking.BookingReference;

class QloAppsReferencesTest {
  @Test
  void everyIdGivesAValidReferenceThatLeadsBackToIt() {
    for (long id :
        new long[] {1, 2, 3, 25, 26, 999, 123_456, 99_999_999, QloAppsReferences.CODES - 1}) {
      BookingReference reference = QloAppsReferences.encode("SKR", id);

      assertThat(reference.value()).matches("SKR-[" + QloAppsReferences.ALPHABET + "]{6}");
      assertThat(BookingReference.parse(reference.value())).isEqualTo(reference);
      assertThat(QloAppsReferences.decode("SKR", reference)).contains(id);
    }
  }

  @Test
  void consecutiveBookingsGetUnrelatedReferences() {
    Set<String> lastFive = new HashSet<>();
    Set<String> firstFive = new HashSet<>();
    for (long id = 1; id <= 50; id++) {
      String code = QloAppsReferences.encode("SKR", id).value().substring(4);
      firstFive.add(code.substring(0, 5));
      lastFive.add(code.substring(1));
    }

    assertThat(firstFive).hasSize(50);
    assertThat(lastFive).hasSize(50);
  }

  @Test
  void aReferenceWithAnotherPrefixIsNotOurs() {
    BookingReference reference = QloAppsReferences.encode("ABC", 7);

    assertThat(QloAppsReferences.decode("SKR", reference)).isEmpty();
  }
}
