package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoomNumbersTest {

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | room 305                                          | 305
          en | Hi, I'm in 305 and the shower is cold             | 305
          en | rm 305 needs towels                               | 305
          en | we're in 502, 4 of us with big suitcases          | 502
          en | #305 here                                         | 305
          en | Room No. 305                                      | 305
          en | my room number is 305, can I get a late checkout? | 305
          en | ROOM 1204                                         | 1204
          es | habitación 305                                    | 305
          es | hab. 305, por favor                               | 305
          es | estoy en la 305                                   | 305
          es | la 305 no tiene toallas                           | 305
          es | mi habitacion es la 305                           | 305
          fr | chambre 305                                       | 305
          fr | je suis dans la 305                               | 305
          fr | Bonjour, ch. 305 : pas d'eau chaude               | 305
          de | Zimmer 305                                        | 305
          de | Zimmernummer 305                                  | 305
          de | Ich bin im 305, das Licht geht nicht              | 305
          de | Zimmer Nr. 305                                    | 305
          pt | quarto 305                                        | 305
          pt | estou no 305                                      | 305
          pt | meu quarto é o 305                                | 305
          ja | 305号室です                                          | 305
          ja | 305の部屋のエアコンが壊れています                             | 305
          ja | 部屋番号は305です                                       | 305
          en | room 305 and later room 306                       | 305
          """)
  void findsTheRoomNumber(String language, String text, String expected) {
    assertThat(RoomNumbers.find(text, language)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 305
          en | We arrive in 2027
          en | at 7:30 in the morning
          en | breakfast at 7
          en | a room for 2 people
          en | room for 305 nights
          en | it costs 1500 JPY
          en | call me at +81 90 1234 5678
          en | 3/15
          en | in 305 days
          en | in 120 minutes
          en | I need a room
          en | SKR-7K3Q9P
          es | 15 de enero
          es | en 2027
          es | la 1500 yenes
          es | habitación para 2 personas
          fr | dans 300 mètres, à droite
          fr | chambre pour deux
          de | Zimmer für 2 Nächte
          de | um 7 Uhr
          pt | no 1500 reais
          pt | quarto para 3 pessoas
          ja | 3泊
          ja | 2名
          ja | 7時
          """)
  void findsNoRoomNumberWhereThereIsNone(String language, String text) {
    assertThat(RoomNumbers.find(text, language)).isEmpty();
  }
}
