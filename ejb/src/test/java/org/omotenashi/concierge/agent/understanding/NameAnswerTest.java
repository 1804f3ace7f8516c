package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameAnswerTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" answers with {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Priya Nair                              | Priya Nair
          priya nair                              | priya nair
          Priya Nair, priya@example.com           | Priya Nair
          +81 90 1234 5678 Kenji Watanabe         | Kenji Watanabe
          José Ramírez-Ortega                     | José Ramírez-Ortega
          Ana de la Fuente.                       | Ana de la Fuente
          O’Brien                                 | O’Brien
          田中太郎                                 | 田中太郎
          山本さくらです                            | 山本さくら
          """)
  void aNameAloneAnswersTheQuestion(String text, String name) {
    assertThat(NameAnswer.fromAnswer(text)).contains(name);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is no name")
  @ValueSource(
      strings = {
        "what time is breakfast?",
        "2 adults",
        "room 305",
        "yes. and parking?",
        "I would like to know if you have a room for next weekend please",
        "じゃあそこで予約お願いします",
        "大丈夫です",
        "京都からです",
        ""
      })
  void questionsNumbersAndLongSentencesAreNoName(String text) {
    assertThat(NameAnswer.fromAnswer(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" names {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Je réserve. Sophie Lambert              | Sophie Lambert
          ok go ahead and book it - Sarah Whitfield, sarah@example.com | Sarah Whitfield
          bitte buchen, auf Lukas Hoffmann        | Lukas Hoffmann
          Yes please. For Maria Silva             | Maria Silva
          予約します。小林由美です                   | 小林由美
          それで予約お願い。田中美咲、misaki.t@example.jp | 田中美咲
          """)
  void aSentenceThatIsOnlyANameInsideALongerMessage(String text, String name) {
    assertThat(NameAnswer.inSentences(text)).contains(name);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" names nobody")
  @ValueSource(
      strings = {
        "Thank You. Good Morning",
        "Deluxe King please",
        "I want the Standard Twin",
        "Muchas Gracias"
      })
  void courtesiesAndRoomNamesAreNoName(String text) {
    assertThat(NameAnswer.inSentences(text)).isEmpty();
  }
}
