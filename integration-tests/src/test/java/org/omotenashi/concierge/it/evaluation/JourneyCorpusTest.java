package org.omotenashi.concierge.it.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The corpus itself, without a server: every file parses and follows the format, ids are unique,
 * and every language has its share of each kind of journey. A corpus mistake fails here, not as a
 * weakness of the agent.
 */
class JourneyCorpusTest {
  /** The least number of journeys of each kind in each language. */
  static final Map<String, Integer> MINIMUM_PER_KIND =
      Map.of("booking", 10, "lookup", 4, "modify", 3, "cancel", 3, "info", 10, "service", 6,
          "checkin-checkout", 1, "handoff", 2);
  static final int MINIMUM_PER_LANGUAGE = 40;

  /** What is wrong with the corpus's shape, per language (empty: nothing). */
  static List<String> problems(List<Journey> corpus) {
    List<String> problems = new ArrayList<>();
    for (String language : JourneyFile.LANGUAGES) {
      List<Journey> journeys = corpus.stream().filter(j -> j.language().equals(language)).toList();
      if (journeys.size() < MINIMUM_PER_LANGUAGE) {
        problems.add(language + ": " + journeys.size() + " journeys, fewer than " + MINIMUM_PER_LANGUAGE);
      }
      Map<String, Long> kinds = journeys.stream().collect(Collectors.groupingBy(Journey::kind, Collectors.counting()));
      MINIMUM_PER_KIND.forEach((kind, least) -> {
        if (kinds.getOrDefault(kind, 0L) < least) {
          problems.add(language + ": " + kinds.getOrDefault(kind, 0L) + " " + kind + " journeys, fewer than " + least);
        }
      });
    }
    return problems;
  }

  @Test
  void everyFileParsesWithUniqueIdsAndEveryLanguageHasItsShareOfEachKind() {
    List<Journey> corpus = JourneyFile.loadAll();

    assertThat(problems(corpus)).isEmpty();
    assertThat(corpus).allSatisfy(j -> assertThat(j.turns()).isNotEmpty());
  }

  @Test
  void everyLabelledIntentIsKnownAndEveryJourneyLabelsAtLeastOneMessage() {
    List<Journey> corpus = JourneyFile.loadAll();

    assertThat(corpus).allSatisfy(j -> {
      assertThat(j.turns().stream().filter(t -> t.intent().isPresent())).as(j.id()).isNotEmpty();
      j.turns().forEach(t -> t.intent().ifPresent(i -> assertThat(Journey.INTENTS).contains(i)));
      assertThat(Expectations.KEYS).containsAll(j.expect().keySet());
    });
  }

  @Test
  void bookingJourneysHaveAnUnlabelledAnswerAndLookupsNeedAGivenBooking() {
    List<Journey> corpus = JourneyFile.loadAll();

    // The guest's yes (or name, or email) answers the concierge: it carries no intent label.
    assertThat(corpus.stream().filter(j -> j.expect().containsKey("booking")))
        .allSatisfy(j -> assertThat(j.turns().stream().filter(t -> t.intent().isEmpty())).as(j.id()).isNotEmpty());
    assertThat(corpus.stream().filter(j -> List.of("lookup", "modify", "cancel").contains(j.kind())))
        .allSatisfy(j -> assertThat(j.givenBooking()).as(j.id()).isPresent());
  }

  @Test
  void aMistakeInAJourneyIsNamedWithTheJourney() {
    String unknownIntent = """
        - id: en-99
          title: t
          kind: info
          turns: [{say: "Hi", intent: HELLO}]
          expect: {noBooking: true}
        """;
    String unquotedYes = """
        - id: en-98
          title: t
          kind: info
          turns: [{say: yes}]
          expect: {noBooking: true}
        """;
    String unknownKey = """
        - id: en-97
          title: t
          kind: info
          turns: [{say: "Hi"}]
          expect: {replyContain: ["x"]}
        """;
    String badDate = """
        - id: en-96
          title: t
          kind: booking
          turns: [{say: "Hi"}]
          expect: {booking: {roomType: STD-TWIN, checkIn: "13-01", checkOut: "+3d", adults: 1, children: 0}}
        """;

    assertThatThrownBy(() -> JourneyFile.parse("en", unknownIntent)).hasMessageContaining("en-99").hasMessageContaining("HELLO");
    assertThatThrownBy(() -> JourneyFile.parse("en", unquotedYes)).hasMessageContaining("en-98").hasMessageContaining("quoted");
    assertThatThrownBy(() -> JourneyFile.parse("en", unknownKey)).hasMessageContaining("replyContain");
    assertThatThrownBy(() -> JourneyFile.parse("en", badDate)).hasMessageContaining("13-01");
  }
}
