package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The smaller recognisers around a stay: extra nights, departure days, months, room wishes, booking verbs. */
class StayDetailsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          can we stay one more night?                  | 1
          we'd like 2 extra nights                     | 2
          could we stay two nights longer              | 2
          ¿podemos quedarnos una noche más?            | 1
          est-il possible d'avoir une nuit de plus ?   | 1
          wir möchten eine Nacht länger bleiben        | 1
          queremos ficar mais uma noite                | 1
          予約を1泊延長したいです                          | 1
          can you shorten it by one night?             | -1
          queria acortarla una noche, nos vamos el 8   | -1
          on voudrait raccourcir d'une nuit            | -1
          eine Nacht weniger bitte                     | -1
          preciso encurtar uma noite                   | -1
          1泊短縮したいです                              | -1
          """)
  void readsNightsAddedToOrTakenFromAStay(String text, int nights) {
    assertThat(ExtraNights.find(text)).isEqualTo(OptionalInt.of(nights));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3 nights please", "one night only", "more towels please", "2泊です"})
  void findsNoExtraNightsWhereNoneAreAdded(String text) {
    assertThat(ExtraNights.find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          we arrive on June 8 and leave on the 11th                   | 11
          llegamos el 8 de junio y salimos el 11                      | 11
          arrivée le 8 juin, départ le 11                             | 11
          Anreise 8. Juni, Abreise am 11.                             | 11
          entrada 8 de junho e saída dia 11                           | 11
          """)
  void readsADepartureDayWithoutItsMonth(String text, int day) {
    assertThat(DepartureDay.find(text)).isEqualTo(OptionalInt.of(day));
  }

  @ParameterizedTest
  @ValueSource(strings = {"we leave on 11 June", "salimos el 11 de junio", "check-out is at 11:00"})
  void leavesDeparturesWithTheirMonthToTheDateReader(String text) {
    assertThat(DepartureDay.find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          from March 3 to 5                          | true
          du 3 au 5 mars                             | true
          vom 3. bis 5. März                         | true
          1月15日から                                  | true
          05/03 to 07/03                             | true
          until the 13th                             | false
          on arrive le 6, même date de départ        | false
          May I arrive on the 6th instead?           | false
          """)
  void tellsWhetherAMonthIsNamed(String text, boolean named) {
    assertThat(MonthMentions.present(text)).isEqualTo(named);
  }

  @ParameterizedTest
  @ValueSource(strings = {"any room tomorrow? whatever is cheapest", "la más barata", "la moins chère svp",
      "das günstigste Zimmer", "o mais barato", "一番安い部屋でいいです"})
  void hearsAWishForTheCheapestRoom(String text) {
    assertThat(RoomPreferences.wantsCheapest(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"my husband uses a wheelchair", "habitación adaptada, silla de ruedas",
      "en fauteuil roulant", "ein barrierefreies Zimmer", "cadeira de rodas", "車椅子を使っています"})
  void hearsANeedForAnAccessibleRoom(String text) {
    assertThat(RoomPreferences.needsAccessibleRoom(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hi! Do you have any rooms available?", "Hola, ¿tienen habitaciones libres?",
      "avez-vous une chambre de libre ?", "Haben Sie noch Zimmer frei?", "vocês têm quartos disponíveis?",
      "こんにちは、部屋は空いていますか？", "空室はありますか"})
  void hearsAQuestionWhetherARoomIsFree(String text) {
    assertThat(RoomPreferences.asksForAFreeRoom(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"is wifi free?", "the room is dirty", "is the spa free for guests?"})
  void doesNotTakeOtherQuestionsForAvailability(String text) {
    assertThat(RoomPreferences.asksForAFreeRoom(text)).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Vale, entonces cancélela                   | CANCEL_BOOKING
          annulez-la s'il vous plaît                 | CANCEL_BOOKING
          bitte stornieren                           | CANCEL_BOOKING
          キャンセルしてください                           | CANCEL_BOOKING
          can we change it to the 5th?               | MODIFY_BOOKING
          ich möchte die Buchung ändern              | MODIFY_BOOKING
          quero mudar as datas                       | MODIFY_BOOKING
          """)
  void readsTheVerbOfAMessageAboutABooking(String text, Intent intent) {
    assertThat(BookingActions.find(text)).contains(intent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the other room was nicer", "andere Frage: Frühstück?", "what time is breakfast?"})
  void findsNoBookingVerbInOtherMessages(String text) {
    assertThat(BookingActions.find(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ok book it", "Réservez-la", "bitte buchen", "pode reservar", "予約します"})
  void hearsAskingToBook(String text) {
    assertThat(BookingActions.asksToBook(text)).isTrue();
  }
}
