package org.omotenashi.concierge.it.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One guest's conversation with the concierge, from the corpus: what the guest says turn by turn,
 * which intent each message expresses (where it expresses one), an optional booking that staff made
 * beforehand, and the expected outcome.
 *
 * @param id unique in the corpus, {@code <language>-<number>}
 * @param language the language of the file it comes from ({@code en}, {@code ja}, ...)
 * @param kind what the journey is about, one of {@link #KINDS}
 * @param givenBooking the booking created through the staff API before the journey, or empty
 * @param expect the expectations, keyed by the names in {@link Expectations#KEYS}
 */
public record Journey(
    String id,
    String language,
    String title,
    String kind,
    Optional<Map<String, Object>> givenBooking,
    List<Turn> turns,
    Map<String, Object> expect) {

  /** The kinds of journey, for counting and the report. */
  public static final List<String> KINDS =
      List.of(
          "booking", "lookup", "modify", "cancel", "info", "service", "checkin-checkout", "handoff",
          "other");

  /** The intents a guest message may be labelled with. */
  public static final List<String> INTENTS =
      List.of(
          "GREETING", "GOODBYE", "AVAILABILITY", "BOOK", "LOOKUP_BOOKING", "MODIFY_BOOKING",
          "CANCEL_BOOKING", "HOTEL_INFO", "SERVICE_REQUEST", "EARLY_CHECKIN", "LATE_CHECKOUT",
          "COMPLAINT", "HUMAN", "OUT_OF_SCOPE");

  /**
   * One guest message and, where it expresses one, its intent (answers to the concierge's questions,
   * like a name or "yes", carry none).
   */
  public record Turn(String say, Optional<String> intent) {}

  public Journey {
    turns = List.copyOf(turns);
    expect = Map.copyOf(expect);
  }
}
