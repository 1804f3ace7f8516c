package org.omotenashi.concierge.agent;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.logging.Logger;
import org.omotenashi.concierge.agent.dialogue.HotelProfile;
import org.omotenashi.concierge.agent.dialogue.MessageReader;
import org.omotenashi.concierge.agent.understanding.IntentClassifier;
import org.omotenashi.concierge.agent.understanding.LanguageDetector;
import org.omotenashi.concierge.hotel.Property;

/**
 * The agent's models, loaded once at start-up (the language detector from its jar, the intent
 * classifier trained from the project's corpus), and the reader for the hotel as it is now: a new
 * property file gives a new reader.
 */
@ApplicationScoped
public class AgentModels {
  private static final Logger LOG = Logger.getLogger(AgentModels.class.getName());

  private LanguageDetector languages;
  private IntentClassifier intents;
  private volatile CachedReader cached;

  private record CachedReader(Instant propertyVersion, MessageReader reader) {}

  @PostConstruct
  void load() {
    long started = System.nanoTime();
    languages = LanguageDetector.load();
    intents = IntentClassifier.trained();
    LOG.info(
        () ->
            "Concierge agent models ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** Loads the models while the application starts rather than on the first guest message. */
  void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
    languages.toString();
  }

  /** The reader for the property as the caller's transaction sees it. */
  MessageReader reader(Property property) {
    CachedReader current = cached;
    if (current == null || !current.propertyVersion().equals(property.getUpdatedAt())) {
      current =
          new CachedReader(
              property.getUpdatedAt(),
              new MessageReader(languages, intents, HotelProfile.of(property)));
      cached = current;
    }
    return current.reader();
  }
}
