package org.omotenashi.concierge.messaging.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.messaging.twilio.SmsSegments.Encoding;

class SmsSegmentsTest {
  private static final String EMOJI = "😀"; // one code point, two UTF-16 code units

  @Test
  void emptyTextIsNoSegment() {
    assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(Encoding.GSM_7, 0, 0));
  }

  @Test
  void gsmTextUpTo160CharactersIsOneSegment() {
    assertThat(SmsSegments.of("Your room is ready."))
        .isEqualTo(new SmsSegments(Encoding.GSM_7, 19, 1));
    assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
  }

  @Test
  void longerGsmTextIsSplitIntoPartsOf153() {
    assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
    assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
    assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    assertThat(SmsSegments.count("a".repeat(459))).isEqualTo(3);
    assertThat(SmsSegments.count("a".repeat(460))).isEqualTo(4);
  }

  @Test
  void accentedLettersOfTheGsmAlphabetStayGsm() {
    SmsSegments segments =
        SmsSegments.of("Café à Göteborg, señor? ¿Año? Ça va, Øresund £5 ¥600 @Δ\n");

    assertThat(segments.encoding()).isEqualTo(Encoding.GSM_7);
  }

  @Test
  void extensionCharactersCountTwice() {
    assertThat(SmsSegments.of("€").units()).isEqualTo(2);
    assertThat(SmsSegments.of("{}[]~^|\\").units()).isEqualTo(16);
    assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
    assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM_7, 162, 2));
    assertThat(SmsSegments.of("a".repeat(159) + "€").segments()).isEqualTo(2);
  }

  @Test
  void anEscapeIsNeverSeparatedFromItsCharacter() {
    // 152 + 2 + 152 = 306 septets would fit two parts of 153, but the euro sign cannot straddle
    // them: the first part ends after 152 septets and the rest needs 154.
    String text = "a".repeat(152) + "€" + "a".repeat(152);

    assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(Encoding.GSM_7, 306, 3));
  }

  @Test
  void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
    assertThat(SmsSegments.of("a".repeat(70))).isEqualTo(new SmsSegments(Encoding.GSM_7, 70, 1));
    assertThat(SmsSegments.of("a".repeat(70) + "“"))
        .as("a typographic quote")
        .isEqualTo(new SmsSegments(Encoding.UCS_2, 71, 2));
    assertThat(SmsSegments.of("ça va").encoding())
        .as("lower-case c cedilla is not in the GSM alphabet, only the capital")
        .isEqualTo(Encoding.UCS_2);
  }

  @Test
  void ucs2TextUpTo70UnitsIsOneSegmentThenPartsOf67() {
    assertThat(SmsSegments.of("こんにちは")).isEqualTo(new SmsSegments(Encoding.UCS_2, 5, 1));
    assertThat(SmsSegments.count("あ".repeat(70))).isEqualTo(1);
    assertThat(SmsSegments.count("あ".repeat(71))).isEqualTo(2);
    assertThat(SmsSegments.count("あ".repeat(134))).isEqualTo(2);
    assertThat(SmsSegments.count("あ".repeat(135))).isEqualTo(3);
  }

  @Test
  void emojiCountTwoCodeUnits() {
    assertThat(SmsSegments.of(EMOJI.repeat(35))).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
    assertThat(SmsSegments.of(EMOJI.repeat(36))).isEqualTo(new SmsSegments(Encoding.UCS_2, 72, 2));
  }

  @Test
  void aSurrogatePairIsNeverSplitBetweenParts() {
    // 66 + 2 + 66 = 134 units would fit two parts of 67, but the emoji would straddle them.
    String text = "あ".repeat(66) + EMOJI + "あ".repeat(66);

    assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments(Encoding.UCS_2, 134, 3));
  }
}
