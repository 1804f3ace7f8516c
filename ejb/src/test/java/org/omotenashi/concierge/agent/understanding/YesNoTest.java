package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoTest {

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | yes                                  | true
          en | fine by me, please arrange it         | true
          es | sí porfa, cámbiela                   | true
          es | Sí, anúlela, gracias                 | true
          fr | Oui parfait                          | true
          pt | isso mesmo, pode alterar             | true
          pt | fechado, pode reservar               | true
          de | ja passt                             | true
          de | jap                                  | true
          en | Yes please!                          | true
          en | yeah sure                            | true
          en | yep                                  | true
          en | ok                                   | true
          en | Okay, thanks                         | true
          en | please do                            | true
          en | Go ahead                             | true
          en | book it                              | true
          en | yes, but make it 3 nights            | true
          en | Perfect.                             | true
          en | correct                              | true
          en | yesss                                | true
          en | yse                                  | true
          en | yeha                                 | true
          en | no problem                           | true
          en | Oh yes, that would be great          | true
          en | YES                                  | true
          en | no                                   | false
          en | No, 3 nights                         | false
          en | nope                                 | false
          en | not now                              | false
          en | no thanks                            | false
          en | don't                                | false
          en | cancel that                          | false
          en | of course not                        | false
          en | No I don't think so                  | false
          es | sí                                   | true
          es | si                                   | true
          es | Sí, por favor                        | true
          es | si gracias                           | true
          es | claro                                | true
          es | vale                                 | true
          es | de acuerdo                           | true
          es | perfecto!                            | true
          es | adelante                             | true
          es | calro                                | true
          es | no hay problema                      | true
          es | no gracias                           | false
          es | mejor no                             | false
          es | claro que no                         | false
          es | No, prefiero otro día                | false
          es | no tengo coche                       | false
          fr | oui                                  | true
          fr | Oui merci                            | true
          fr | d'accord                             | true
          fr | parfait                              | true
          fr | c'est bon                            | true
          fr | volontiers                           | true
          fr | parfiat                              | true
          fr | non                                  | false
          fr | non merci                            | false
          fr | pas maintenant                       | false
          fr | Non, je préfère la chambre double    | false
          de | ja                                   | true
          de | Ja bitte                             | true
          de | jawohl                               | true
          de | genau                                | true
          de | gerne                                | true
          de | passt                                | true
          de | in Ordnung                           | true
          de | kein Problem                         | true
          de | nein                                 | false
          de | Nein danke                           | false
          de | lieber nicht                         | false
          de | nien                                 | false
          pt | sim                                  | true
          pt | Sim, obrigado                        | true
          pt | claro                                | true
          pt | pode ser                             | true
          pt | certo                                | true
          pt | perfeito                             | true
          pt | não                                  | false
          pt | nao                                  | false
          pt | agora não                            | false
          pt | Não, obrigada                        | false
          ja | はい                                   | true
          ja | ええ                                   | true
          ja | お願いします                               | true
          ja | それでお願いします                            | true
          ja | 大丈夫です                                | true
          ja | オッケー                                 | true
          ja | はい、お願いします                            | true
          ja | OK                                   | true
          ja | いいえ                                  | false
          ja | いや                                   | false
          ja | やめます                                 | false
          ja | 結構です                                 | false
          ja | いいえ、結構です                             | false
          en | sí                                   | true
          ja | yes                                  | true
          es | nein                                 | false
          """)
  void readsTheAnswer(String language, String text, boolean expected) {
    assertThat(YesNo.read(text, language)).contains(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | is there no parking?
          en | No parking?
          en | Ok what time is breakfast?
          en | I need a taxi
          en | not sure
          en | maybe
          en | What about the suite?
          en | 3 nights
          en | right now I am at the station
          es | Si es posible, a las 3
          es | no sé
          es | ya llegamos
          es | ¿hay desayuno?
          es | quizás
          fr | je ne sais pas
          fr | peut-être
          fr | est-ce qu'il n'y a pas de parking ?
          de | weiß nicht
          de | vielleicht
          de | Klar ist das Zimmer groß
          de | Gibt es kein Frühstück?
          pt | não sei
          pt | talvez
          pt | isso é caro
          ja | わからない
          ja | はいりますか
          ja | 駐車場はありますか
          ja | ええと、駐車場は？
          """)
  void readsNoAnswerWhereThereIsNone(String language, String text) {
    assertThat(YesNo.read(text, language)).isEmpty();
  }
}
