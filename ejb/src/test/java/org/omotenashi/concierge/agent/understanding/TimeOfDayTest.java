package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeOfDayTest {

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 7am                                          | 07:00
          en | 7 am                                         | 07:00
          en | we land at 7:30                              | 07:30
          en | 19:30                                        | 19:30
          en | around 7pm please                            | 19:00
          en | at 7 in the morning                          | 07:00
          en | a taxi at 7 pm                               | 19:00
          en | Can I check out at 12 noon?                  | 12:00
          en | noon                                         | 12:00
          en | half past 7                                  | 07:30
          en | quarter to 8                                 | 07:45
          en | tonight at 8                                 | 20:00
          en | 7.30pm                                       | 19:30
          en | breakfast at seven                           | 07:00
          en | 12am                                         | 00:00
          en | at 9 o'clock                                 | 09:00
          es | a las 7                                      | 07:00
          es | a las 7 de la mañana                         | 07:00
          es | llegamos a las 8 de la tarde                 | 20:00
          es | a la una                                     | 01:00
          es | a las 7 y media                              | 07:30
          es | a las 19:30                                  | 19:30
          es | al mediodía                                  | 12:00
          es | a las siete de la noche                      | 19:00
          fr | à 7h                                         | 07:00
          fr | à 7h30                                       | 07:30
          fr | 7 heures                                     | 07:00
          fr | vers 19h                                     | 19:00
          fr | ce soir à 8h                                 | 20:00
          fr | à midi                                       | 12:00
          fr | 7 heures du soir                             | 19:00
          fr | 7 heures et demie                            | 07:30
          de | um 7 Uhr                                     | 07:00
          de | um 7:30                                      | 07:30
          de | 19 Uhr 30                                    | 19:30
          de | um 7 Uhr abends                              | 19:00
          de | halb 8                                       | 07:30
          de | viertel nach 7                               | 07:15
          de | gegen Mittag                                 | 12:00
          de | um 8                                         | 08:00
          pt | às 7h                                        | 07:00
          pt | às 7 da manhã                                | 07:00
          pt | às 8 da noite                                | 20:00
          pt | as 19h30                                     | 19:30
          pt | ao meio-dia                                  | 12:00
          pt | às 7 e meia                                  | 07:30
          ja | 7時                                           | 07:00
          ja | 朝7時に朝食をお願いします                              | 07:00
          ja | 午後2時                                         | 14:00
          ja | 14時半                                         | 14:30
          ja | 正午                                           | 12:00
          ja | 夜8時ごろ                                       | 20:00
          ja | 七時                                           | 07:00
          ja | 14時30分                                       | 14:30
          ja | 19:30に着きます                                  | 19:30
          en | check-in March 3 at 15:00                    | 15:00
          """)
  void findsTheTime(String language, String text, LocalTime expected) {
    assertThat(TimeOfDay.find(text, language)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 7
          en | room 305
          en | 3/15
          en | March 3
          en | it costs $7
          en | for 7 hours
          en | in 7 minutes
          en | 3 nights
          en | a table at 7 people
          en | 2027-01-15
          en | +81 90 1234 5678
          en | SKR-7K3Q9P
          es | 15 de enero
          es | 7 euros
          es | habitación 305
          es | por 2 horas
          fr | dans 2 heures
          fr | le 15.01.
          fr | 7 €
          de | 15. Januar
          de | 2 Stunden
          de | Zimmer 305
          pt | 3 noites
          pt | 7 reais
          ja | 3泊
          ja | 1月15日
          ja | 2名
          ja | 305号室
          """)
  void findsNoTimeWhereThereIsNone(String language, String text) {
    assertThat(TimeOfDay.find(text, language)).isEmpty();
  }
}
