package org.omotenashi.concierge.agent.dialogue;

import java.util.regex.Pattern;

/**
 * A question right after an answer about the hotel that names no topic of its own is about the
 * same thing: "and what time does it close?" after the onsen, "事前の予約は必要ですか？" after parking,
 * "und wie heißt das Netz nochmal?" after the Wi-Fi. The concierge answers it from the same facts
 * rather than guessing a new intent from a few words.
 */
final class FollowUpQuestion {
  private static final Pattern ASKS =
      Pattern.compile(
          "[?？]\\s*$|か[。]?\\s*$"
              + "|^(?i)(?:and|y|et|und|e|also|so|what about|y si|et si|und wenn|e se)\\b");

  private FollowUpQuestion() {}

  /** Whether the message asks something without naming a topic, a booking or a request. */
  static boolean about(Reading reading) {
    return ASKS.matcher(reading.text().strip()).find()
        && reading.topics().isEmpty()
        && !reading.describesStay()
        && reading.reference().isEmpty()
        && reading.room().isEmpty()
        && reading.email().isEmpty()
        && reading.phone().isEmpty()
        && reading.yesNo().isEmpty();
  }
}
