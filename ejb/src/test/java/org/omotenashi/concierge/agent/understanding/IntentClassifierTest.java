package org.omotenashi.concierge.agent.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IntentClassifierTest {
  private static IntentClassifier classifier;

  @BeforeAll
  static void train() {
    // Speed is measured by the agent-turn benchmark (docs/benchmarks/agent-turn.md), not here.
    classifier = IntentClassifier.trained();
  }

  static Stream<String> languages() {
    return Stream.of("en", "ja", "es", "fr", "pt", "de")
        .filter(IntentHeldOut.byLanguage()::containsKey);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void classifiesHeldOutMessagesOfEachLanguage(String language) {
    List<IntentHeldOut.Example> examples = IntentHeldOut.byLanguage().get(language);
    Map<Intent, Map<Intent, Integer>> confusion = new EnumMap<>(Intent.class);
    int right = 0;
    int confident = 0;
    StringBuilder misses = new StringBuilder();
    for (IntentHeldOut.Example example : examples) {
      IntentGuess guess = classifier.classify(example.text(), language);
      confusion
          .computeIfAbsent(example.intent(), k -> new EnumMap<>(Intent.class))
          .merge(guess.intent(), 1, Integer::sum);
      if (guess.intent() == example.intent()) {
        right++;
        if (guess.confidence() >= 0.5) {
          confident++;
        }
      } else {
        misses.append(
            String.format(
                "  %s -> %s %.2f  \"%s\"%n",
                example.intent(),
                guess.intent(),
                guess.confidence(),
                example.text()));
      }
    }
    double accuracy = (double) right / examples.size();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "%n[%s] accuracy %d/%d = %.1f%%, right and confident (>= 0.5) %d%n",
            language, right, examples.size(), 100 * accuracy, confident));
    confusion.forEach(
        (expected, got) -> report.append(String.format("  %-16s %s%n", expected, got)));
    report.append(misses);
    System.out.println(report);

    assertThat(accuracy).as(report.toString()).isGreaterThanOrEqualTo(0.90);
  }

  static Stream<Arguments> ruled() {
    return Stream.of(
        Arguments.of("en", "I want to cancel my booking SKR-7K3Q9P", Intent.CANCEL_BOOKING),
        Arguments.of("es", "quiero cancelar mi reserva", Intent.CANCEL_BOOKING),
        Arguments.of("fr", "je veux annuler ma réservation", Intent.CANCEL_BOOKING),
        Arguments.of("de", "Ich möchte meine Buchung stornieren", Intent.CANCEL_BOOKING),
        Arguments.of("pt", "quero cancelar a reserva", Intent.CANCEL_BOOKING),
        Arguments.of("ja", "予約をキャンセルしたい", Intent.CANCEL_BOOKING),
        Arguments.of("en", "Can I cancel for free?", Intent.HOTEL_INFO),
        Arguments.of("en", "What is your cancellation policy?", Intent.HOTEL_INFO),
        Arguments.of("en", "I want to speak to a human", Intent.HUMAN),
        Arguments.of("en", "can I talk to the manager", Intent.HUMAN),
        Arguments.of("es", "quiero hablar con una persona", Intent.HUMAN),
        Arguments.of("fr", "je voudrais parler à quelqu'un", Intent.HUMAN),
        Arguments.of("de", "Ich will mit einem Menschen sprechen", Intent.HUMAN),
        Arguments.of("pt", "quero falar com um atendente", Intent.HUMAN),
        Arguments.of("ja", "スタッフと話したい", Intent.HUMAN),
        Arguments.of("en", "Hello!", Intent.GREETING),
        Arguments.of("es", "Hola, buenos días", Intent.GREETING),
        Arguments.of("fr", "Bonjour", Intent.GREETING),
        Arguments.of("de", "Guten Tag", Intent.GREETING),
        Arguments.of("pt", "Olá, bom dia!", Intent.GREETING),
        Arguments.of("ja", "こんにちは", Intent.GREETING),
        Arguments.of("ja", "すみません", Intent.GREETING),
        Arguments.of("en", "thanks!", Intent.GOODBYE),
        Arguments.of("es", "gracias", Intent.GOODBYE),
        Arguments.of("fr", "merci", Intent.GOODBYE),
        Arguments.of("de", "danke", Intent.GOODBYE),
        Arguments.of("pt", "obrigado", Intent.GOODBYE),
        Arguments.of("ja", "ありがとう", Intent.GOODBYE),
        Arguments.of("en", "Could I get a late check-out?", Intent.LATE_CHECKOUT),
        Arguments.of("es", "¿Es posible una salida tardía?", Intent.LATE_CHECKOUT),
        Arguments.of("fr", "Un départ tardif est possible ?", Intent.LATE_CHECKOUT),
        Arguments.of("de", "Kann ich später auschecken?", Intent.LATE_CHECKOUT),
        Arguments.of("ja", "レイトチェックアウトをお願いします", Intent.LATE_CHECKOUT),
        Arguments.of("en", "what time is check-out?", Intent.HOTEL_INFO),
        Arguments.of("en", "Can we have an early check-in?", Intent.EARLY_CHECKIN),
        Arguments.of("ja", "アーリーチェックインできますか", Intent.EARLY_CHECKIN),
        Arguments.of("en", "can I book a massage", Intent.SERVICE_REQUEST),
        Arguments.of("en", "is there room service?", Intent.HOTEL_INFO),
        Arguments.of("en", "I'd like to order room service", Intent.SERVICE_REQUEST),
        Arguments.of("en", "The TV doesn't work", Intent.SERVICE_REQUEST),
        Arguments.of("en", "the room is dirty and nobody helps, this is unacceptable",
            Intent.COMPLAINT),
        Arguments.of("es", "Estoy muy decepcionado", Intent.COMPLAINT),
        Arguments.of("fr", "C'est inadmissible", Intent.COMPLAINT),
        Arguments.of("de", "Das ist eine Frechheit", Intent.COMPLAINT),
        Arguments.of("pt", "péssimo atendimento", Intent.COMPLAINT),
        Arguments.of("ja", "最悪です", Intent.COMPLAINT));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("ruled")
  void readsTheIntentsRulesDecideWithConfidence(String language, String text, Intent intent) {
    IntentGuess guess = classifier.classify(text, language);

    assertThat(guess.intent()).isEqualTo(intent);
    assertThat(guess.confidence()).isGreaterThanOrEqualTo(0.6);
  }

  static Stream<Arguments> notUnderstood() {
    return Stream.of(
        Arguments.of("en", "asdkjh"),
        Arguments.of("en", "🙂🙂"),
        Arguments.of("en", "what's the capital of Peru"),
        Arguments.of("en", "write me a poem"),
        Arguments.of("en", "who won the match"),
        Arguments.of("en", "qqqq zzxv"),
        Arguments.of("es", "xkcd jjjj"),
        Arguments.of("fr", "?????"),
        Arguments.of("de", "blorp fnargh"),
        Arguments.of("pt", "ksksksks"),
        Arguments.of("ja", "ｗｗｗｗ"),
        Arguments.of("ja", "зеленый слон"),
        Arguments.of("en", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
  @MethodSource("notUnderstood")
  void answersGibberishAndOffTopicWithOutOfScopeOrLowConfidence(String language, String text) {
    IntentGuess guess = classifier.classify(text, language);

    assertThat(guess.intent() == Intent.OUT_OF_SCOPE || guess.confidence() < 0.5)
        .as("%s", guess)
        .isTrue();
  }

  @Test
  void givesTheSameGuessAfterTrainingAgain() {
    IntentClassifier again = IntentClassifier.trained();
    for (String text : List.of("do you have a room on March 3?", "la tele no va", "駐車場は？")) {
      assertThat(again.classify(text, "en")).isEqualTo(classifier.classify(text, "en"));
    }
  }
}
