package org.omotenashi.concierge.agent.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.omotenashi.concierge.agent.understanding.IntentClassifier;
import org.omotenashi.concierge.agent.understanding.LanguageDetector;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyFileParser;

/**
 * A guest talking to the concierge of the demo hotel, without a server: the real reader and
 * dialogue over {@link InMemoryHotelTools}. The models load once per test run.
 */
final class AgentFixture {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
  private static Property property;
  private static MessageReader reader;

  final InMemoryHotelTools tools;
  final DialogueState state = new DialogueState();
  private final Concierge concierge = new Concierge();
  private final String conversationId;
  String language;
  String guestPhone;

  AgentFixture(String language) {
    this(language, "c-test");
  }

  AgentFixture(String language, String conversationId) {
    this.language = language;
    this.conversationId = conversationId;
    this.tools = new InMemoryHotelTools(conversationId);
  }

  /** The guest writes; returns what the concierge understood and did. */
  TurnOutcome say(String text) {
    Reading reading = reader().read(text, language, TODAY);
    TurnOutcome outcome =
        concierge.answer(
            reading,
            state,
            new TurnContext(conversationId, guestPhone, TODAY, NOW),
            reader().hotel(),
            tools);
    language = outcome.language();
    return outcome;
  }

  static List<String> keys(TurnOutcome outcome) {
    return outcome.replies().stream().map(Reply::key).toList();
  }

  static synchronized Property property() {
    if (property == null) {
      try (InputStream in = AgentFixture.class.getResourceAsStream("/demo/demo-hotel.yaml")) {
        property =
            new Property(
                new PropertyFileParser()
                    .parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                NOW);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return property;
  }

  static synchronized MessageReader reader() {
    if (reader == null) {
      reader =
          new MessageReader(
              LanguageDetector.load(), IntentClassifier.trained(), HotelProfile.of(property()));
    }
    return reader;
  }
}
