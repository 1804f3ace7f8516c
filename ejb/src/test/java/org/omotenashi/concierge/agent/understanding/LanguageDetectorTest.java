package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.load();

  @ParameterizedTest(name = "[{index}] in {0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          es | Hello, do you have a room for tonight?               | en
          ja | What time is breakfast served?                       | en
          fr | Can I check in early tomorrow?                       | en
          de | yes please                                           | de
          pt | Thank you very much!                                 | en
          es | Hola, do you have rooms?                             | en
          es | Is there parking at the hotel?                       | en
          fr | I would like to book the deluxe room for 2 nights    | en
          en | ok                                                   | en
          en | 2                                                    | en
          en | Thanks                                               | en
          es | My name is Ana García and I arrive on 15/01          | en
          de | we arrive around 7pm, is that ok?                    | en
          pt | how much is the tatami room                          | en
          fr | whats the wifi pasword                               | en
          en | Wi-Fiのパスワードを教えてください                          | ja
          en | はい                                                 | ja
          es | チェックインは何時からですか                                  | ja
          fr | 予約番号はSKR-7K3Q9Pです                                  | ja
          de | 2名で泊まりたいです                                         | ja
          en | ありがとうございます                                         | ja
          en | 京都駅からの行き方                                           | ja
          en | 大人2名、子供1名                                           | ja
          pt | すみません、タオルをもう一枚ください                               | ja
          en | OKです                                               | ja
          ja | ok                                                   | ja
          ja | SKR-7K3Q9P                                           | ja
          ja | 2                                                    | ja
          en | デラックスキング                                           | ja
          en | 朝食は何時まで？                                           | ja
          en | Hola                                                 | en
          en | gracias                                              | en
          en | sí                                                   | en
          fr | ¿Tienen habitaciones libres para el sábado?          | es
          en | Necesito una habitacion doble para dos personas      | es
          pt | A qué hora es el desayuno?                           | es
          en | quiero reservar una habitación                       | es
          en | muchas gracias                                       | en
          es | si                                                   | es
          es | ok                                                   | es
          es | SKR-7K3Q9P                                           | es
          es | ana.garcia@example.com                               | es
          en | Thanks! ¿Tienen habitaciones para mañana?            | es
          en | me gustaria saber si tienen estacionamiento          | es
          de | Buenas tardes, llegamos el 15 de enero               | es
          en | bonjour                                              | en
          en | merci                                                | en
          en | oui                                                  | en
          es | Est-ce que le petit déjeuner est inclus ?            | fr
          en | Je voudrais réserver une chambre pour deux nuits     | fr
          en | vous avez des chambres                               | fr
          en | Nous arrivons vers 22h, c'est possible ?             | fr
          fr | ok                                                   | fr
          fr | si                                                   | fr
          en | merci beaucoup                                       | en
          de | Bonjour, je m'appelle Claire Dubois                  | fr
          en | a quelle heure est le petit dejeuner                 | fr
          en | il y a un parking?                                   | fr
          en | Hello, je voudrais une chambre double                 | fr
          fr | 305                                                  | fr
          en | obrigado                                             | en
          en | obrigada                                             | en
          en | olá                                                  | en
          en | sim                                                  | en
          es | Vocês têm quartos disponíveis?                       | pt
          es | No, espere, mejor no la cancele. Nos la quedamos.    | es
          es | nao tenho carro                                      | pt
          en | Preciso de um quarto para duas pessoas               | pt
          es | A que horas é o café da manhã?                       | pt
          en | voce tem quarto disponivel amanha                    | pt
          es | o cafe da manha esta incluido                        | pt
          pt | ok                                                   | pt
          pt | SKR-7K3Q9P                                           | pt
          en | muito obrigado                                       | en
          en | Bom dia, gostaria de fazer uma reserva               | pt
          es | Posso fazer o check-in mais cedo?                    | pt
          en | danke                                                | en
          en | hallo                                                | en
          en | tschüss                                              | en
          en | Haben Sie ein Zimmer frei?                           | de
          en | Ich möchte ein Doppelzimmer für zwei Nächte buchen   | de
          fr | Ist das Frühstück inklusive?                         | de
          en | Wann ist der Check-in?                               | de
          de | ok                                                   | de
          de | 7                                                    | de
          en | danke schön                                          | en
          en | Guten Tag, wir kommen am 15. Januar an               | de
          en | ich moechte ein zimmer buchen                        | de
          en | gibt es parkplätze                                   | de
          es | Hallo, habt ihr noch was frei?                       | de
          en | Wir sind zwei Erwachsene und ein Kind                | de
          """)
  void detectsTheLanguageOfTheMessage(String conversation, String text, String expected) {
    assertThat(DETECTOR.detect(text, conversation)).isEqualTo(expected);
  }

  @Test
  void aFirstMessageOfOneOrTwoWordsSetsTheLanguageWhenOnlyOneLanguageHasThem() {
    assertThat(DETECTOR.detect("Hola", "en", false)).isEqualTo("es");
    assertThat(DETECTOR.detect("Guten Tag", "en", false)).isEqualTo("de");
    assertThat(DETECTOR.detect("merci", "en", false)).isEqualTo("fr");
    assertThat(DETECTOR.detect("merci", "en", true)).as("later in the conversation").isEqualTo("en");
    assertThat(DETECTOR.detect("ok", "es", false)).isEqualTo("es");
  }

  @Test
  void bookingReferencesAndOtherCodesAreNoWords() {
    // "SKR" read as a word made this unaccented French first message English.
    assertThat(
            DETECTOR.detect(
                "resa SKR-WQCU9D : on arrive un jour plus tard, le 6 mars, meme date de depart",
                "en",
                false))
        .isEqualTo("fr");
    assertThat(DETECTOR.detect("SKR-ABCDEF on arrive un jour plus tard", "en", false))
        .isEqualTo("fr");
  }

  @Test
  void acceptsARegionInTheConversationLanguage() {
    assertThat(DETECTOR.detect("ok", "pt-BR")).isEqualTo("pt");
  }

  @Test
  void refusesAConversationLanguageItDoesNotKnow() {
    assertThatThrownBy(() -> DETECTOR.detect("ciao", "it"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
