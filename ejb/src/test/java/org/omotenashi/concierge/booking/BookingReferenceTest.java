package org.omotenashi.concierge.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingReferenceTest {
  @Test
  void generatedReferencesUseThePrefixAndNoLookAlikeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String value = BookingReference.generate("SKR").value();
      assertThat(value).matches("SKR-[ACDEFGHJKMNPQRTUVWXY34679]{6}");
      seen.add(value);
    }
    assertThat(seen).hasSizeGreaterThan(1_990);
  }

  @Test
  void whatAGuestTypesIsReadWhateverItsCase() {
    assertThat(BookingReference.parse(" skr-7k3q9p ").value()).isEqualTo("SKR-7K3Q9P");
  }

  @Test
  void aMalformedReferenceNamesTheField() {
    assertThatThrownBy(() -> BookingReference.parse("SKR-0O1I"))
        .isInstanceOfSatisfying(InvalidBookingRequestException.class,
            e -> assertThat(e.field()).hasValue("reference"));
  }
}
