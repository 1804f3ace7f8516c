package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.omotenashi.concierge.agent.understanding.RoomTypeMatcher.RoomTypeNames;

class RoomTypeMatcherTest {
  /** The demo property's room types. */
  private static final RoomTypeMatcher DEMO =
      new RoomTypeMatcher(
          List.of(
              new RoomTypeNames("STD-TWIN", "Standard Twin", "two single beds", 2),
              new RoomTypeNames("DLX-KING", "Deluxe King", "one king bed", 2),
              new RoomTypeNames("JPN-TATAMI", "Japanese Tatami Room", "futons on tatami", 4),
              new RoomTypeNames("GDN-SUITE", "Garden Suite", "one king bed and a sofa bed", 3)));

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          en | I'd like the Deluxe King                      | DLX-KING
          en | delux room please                             | DLX-KING
          en | a room with a king bed                        | DLX-KING
          en | double room for 2 nights                      | DLX-KING
          en | twin room                                     | STD-TWIN
          en | two beds please, we are friends               | STD-TWIN
          en | the standard room                             | STD-TWIN
          en | can we have the tatami room?                  | JPN-TATAMI
          en | japanese style room                           | JPN-TATAMI
          en | is the suite available?                       | GDN-SUITE
          en | garden suit                                   | GDN-SUITE
          en | tatamy                                        | JPN-TATAMI
          es | una habitación doble                          | DLX-KING
          es | cama de matrimonio                            | DLX-KING
          es | dos camas por favor                           | STD-TWIN
          es | camas separadas                               | STD-TWIN
          es | habitacion japonesa                           | JPN-TATAMI
          es | la suite con jardín                           | GDN-SUITE
          es | la habitación de lujo                         | DLX-KING
          fr | une chambre double                            | DLX-KING
          fr | un grand lit                                  | DLX-KING
          fr | lits jumeaux                                  | STD-TWIN
          fr | deux lits                                     | STD-TWIN
          fr | la chambre japonaise                          | JPN-TATAMI
          fr | la suite jardin                               | GDN-SUITE
          de | ein Doppelzimmer                              | DLX-KING
          de | Zweibettzimmer bitte                          | STD-TWIN
          de | zwei Betten                                   | STD-TWIN
          de | ein japanisches Zimmer                        | JPN-TATAMI
          de | die Garten-Suite                              | GDN-SUITE
          pt | quarto duplo                                  | DLX-KING
          pt | cama de casal                                 | DLX-KING
          pt | duas camas                                    | STD-TWIN
          pt | quarto twin                                   | STD-TWIN
          pt | quarto japonês                                | JPN-TATAMI
          en | a king size bed, nothing fancy, doesn't need to be the suite | DLX-KING
          en | not the twin but the double room              | DLX-KING
          en | a king bed instead of the suite please        | DLX-KING
          en | two separate beds                             | STD-TWIN
          es | cama de matrimonio grande. La normal, no hace falta suite | DLX-KING
          fr | pas besoin de la suite, un grand lit suffit   | DLX-KING
          de | ein Zimmer mit Kingsize-Bett. Das günstigere reicht, keine Suite | DLX-KING
          de | ein Zimmer mit zwei Einzelbetten              | STD-TWIN
          pt | quarto com cama king pra casal, nao precisa ser suite | DLX-KING
          pt | queria ficar no quarto de casal               | DLX-KING
          ja | スイートじゃなくて、キングベッドの部屋で          | DLX-KING
          pt | a suíte                                       | GDN-SUITE
          ja | ツインルームを予約したい                                | STD-TWIN
          ja | ダブルの部屋                                      | DLX-KING
          ja | ベッドが2台ある部屋                                 | STD-TWIN
          ja | 和室に泊まりたいです                                  | JPN-TATAMI
          ja | 畳の部屋                                        | JPN-TATAMI
          ja | スイートは空いていますか                                | GDN-SUITE
          ja | デラックスキング                                    | DLX-KING
          """)
  void findsTheRoomTypeAskedFor(String language, String text, String expected) {
    assertThat(DEMO.find(text, language)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Do you have a room for tomorrow?
          en | Is Japanese breakfast included?
          en | is the garden open at night?
          en | let me double check the dates
          en | what is the standard check-out time?
          en | twin or double?
          en | deluxe or suite?
          es | ¿Tienen habitaciones libres?
          es | desayuno japonés
          fr | le jardin est ouvert ?
          de | Haben Sie ein Zimmer frei?
          de | Ist der Garten geöffnet?
          pt | tem quarto disponível?
          ja | 部屋は空いていますか
          ja | 和食の朝食
          """)
  void findsNoRoomTypeWhereNoneOrSeveralAreAskedFor(String language, String text) {
    assertThat(DEMO.find(text, language)).isEmpty();
  }

  @Test
  void readsAnotherPropertysNamesToo() {
    RoomTypeMatcher other =
        new RoomTypeMatcher(
            List.of(
                new RoomTypeNames("OCN-DBL", "Ocean View Double", "one double bed", 2),
                new RoomTypeNames("FAM", "Family Room", "two double beds and a bunk bed", 5)));

    assertThat(other.find("ocean view room", "en")).contains("OCN-DBL");
    assertThat(other.find("chambre double", "fr")).contains("OCN-DBL");
  }
}
