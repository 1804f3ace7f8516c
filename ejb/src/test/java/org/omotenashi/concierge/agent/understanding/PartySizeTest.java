package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartySizeTest {

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" is {2} adults, {3} children")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          en | 2 adults and 1 child                          | 2 | 1
          en | two adults                                    | 2 | -
          en | we are 3                                      | 3 | -
          en | We're 4, arriving March 3                     | 4 | -
          en | a room for 2 people please                    | 2 | -
          en | for 3 persons                                 | 3 | -
          en | 2 guests, 3 nights                            | 2 | -
          en | just me                                       | 1 | -
          en | travelling alone                              | 1 | -
          en | my wife and I                                 | 2 | -
          en | travelling with a colleague, two separate beds | 2 | -
          en | we are two friends                            | 2 | -
          ja | 大人3人と小学生1人です                          | 3 | 1
          de | zwei Erwachsene und unser Sohn (3)            | 2 | 1
          fr | nous sommes 2 adultes avec notre fille        | 2 | 1
          pt | 2 adultos e o nosso filho de 4 anos           | 2 | 1
          es | Somos dos amigos                              | 2 | -
          fr | nous sommes deux amis                         | 2 | -
          de | für meine Kollegin und mich                   | 2 | -
          pt | quarto com cama king pra casal                | 2 | -
          pt | para mim e para o meu marido                  | 2 | -
          en | an accessible room for the two of us?          | 2 | -
          es | del 20 al 24 de febrero para nosotras dos       | 2 | -
          fr | une chambre accessible pour nous deux ?        | 2 | -
          de | ein barrierefreies Zimmer für uns beide?       | 2 | -
          pt | quarto acessível para nós dois?                | 2 | -
          en | my wife and I and our two kids                | 2 | 2
          en | a couple                                      | 2 | -
          en | family of four                                | 4 | -
          en | we are 4 with 2 kids                          | 2 | 2
          en | 2 pax                                         | 2 | -
          en | 2 people and a baby                           | 2 | 1
          en | there are 5 of us                             | 5 | -
          en | Adults: 2, children: 1                        | 2 | 1
          en | just me and my husband                        | 2 | -
          en | 2 Adults + 2 Kids                             | 2 | 2
          en | one adult                                     | 1 | -
          es | 2 adultos y 2 niños                           | 2 | 2
          es | somos 3                                       | 3 | -
          es | solo yo                                       | 1 | -
          es | mi esposa y yo                                | 2 | -
          es | para dos personas                             | 2 | -
          es | una pareja con un niño                        | 2 | 1
          es | dos adultos y un bebé                         | 2 | 1
          es | habitacion para 4 personas del 15 al 18       | 4 | -
          fr | deux adultes et un enfant                     | 2 | 1
          fr | moi seul                                      | 1 | -
          fr | ma femme et moi                               | 2 | -
          fr | nous sommes 3                                 | 3 | -
          fr | pour 2 personnes                              | 2 | -
          fr | un couple avec deux enfants                   | 2 | 2
          de | zwei Erwachsene und ein Kind                  | 2 | 1
          de | nur ich                                       | 1 | -
          de | meine Frau und ich                            | 2 | -
          de | wir sind zu dritt                             | 3 | -
          de | für 2 Personen                                | 2 | -
          de | wir sind 4                                    | 4 | -
          pt | 2 adultos e 1 criança                         | 2 | 1
          pt | só eu                                         | 1 | -
          pt | eu e minha esposa                             | 2 | -
          pt | somos 4                                       | 4 | -
          pt | para duas pessoas                             | 2 | -
          pt | um casal                                      | 2 | -
          ja | 大人2名、子供1名                                  | 2 | 1
          ja | 2名                                           | 2 | -
          ja | 3人で泊まりたいです                                 | 3 | -
          ja | 二人                                          | 2 | -
          ja | 一人です                                        | 1 | -
          ja | ふたりで予約したい                                  | 2 | -
          ja | 夫婦で泊まります                                   | 2 | -
          ja | 子供1名                                        | - | 1
          ja | 大人二人と子ども一人                                 | 2 | 1
          """)
  void readsTheParty(String language, String text, Integer adults, Integer children) {
    assertThat(PartySize.find(text, language)).contains(new PartySize(adults, children));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | March 3
          en | 3/15
          en | 3 nights
          en | room 305
          en | breakfast at 7
          en | it costs 2500 yen
          en | for 2
          en | what kind of room is it?
          en | do you have a kids club?
          en | can I stay a couple of days longer?
          en | is there a baby cot?
          en | 2 or 3 adults
          en | a room with a view for a couple of nights
          en | I'm coming with my friends
          es | 15 de enero
          es | 3 noches
          es | a las 7
          es | habitación 305
          fr | 3 nuits
          fr | chambre 305
          fr | à 7h
          de | 15. Januar
          de | 3 Nächte
          de | um 7 Uhr
          de | ein paar Tage
          pt | 3 noites
          pt | quarto 305
          ja | 3泊
          ja | 1人あたり2500円
          ja | 何人まで泊まれますか
          ja | 305号室
          """)
  void findsNoPartyWhereThereIsNone(String language, String text) {
    assertThat(PartySize.find(text, language)).isEmpty();
  }
}
