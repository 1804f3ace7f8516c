package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingReferencesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SKR-7K3Q9P                                        | SKR-7K3Q9P
          my booking is skr-7k3q9p                          | SKR-7K3Q9P
          Reference SKR 7K3Q9P, arriving tomorrow           | SKR-7K3Q9P
          SKR7K3Q9P                                         | SKR-7K3Q9P
          (ref: SKR-7K3Q9P)                                 | SKR-7K3Q9P
          Mi reserva es la SKR-7K3Q9P, gracias              | SKR-7K3Q9P
          ma réservation: Skr-7k3q9p.                       | SKR-7K3Q9P
          Buchungsnummer SKR–7K3Q9P                         | SKR-7K3Q9P
          minha reserva SKR_7K3Q9P                          | SKR-7K3Q9P
          予約番号はSKR-7K3Q9Pです                              | SKR-7K3Q9P
          ＳＫＲ－７Ｋ３Ｑ９Ｐ                                      | SKR-7K3Q9P
          SKR-ABCDEF and SKR-234567                         | SKR-ABCDEF
          """)
  void findsTheReferenceInCanonicalForm(String text, String expected) {
    assertThat(BookingReferences.find(text, "SKR")).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          7K3Q9P
          SKR-7K3Q9PX
          SKR-7K3Q9
          SKR-7K3O9P
          SKR-1K3Q9P
          ASKR-7K3Q9P
          ABC-7K3Q9P
          please book me in SKR... no idea
          habitación 305 para 2 personas
          mon numéro est le +33 6 12 34 56 78
          """)
  void findsNoReferenceWhereThereIsNone(String text) {
    assertThat(BookingReferences.find(text, "SKR")).isEmpty();
  }

  @Test
  void readsAnotherPropertysPrefixWhateverItsCase() {
    assertThat(BookingReferences.find("abc-7k3q9p", "abc")).contains("ABC-7K3Q9P");
  }

  @Test
  void refusesAPrefixThatIsNotLettersOrDigits() {
    assertThatThrownBy(() -> BookingReferences.find("x", "S.K"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
