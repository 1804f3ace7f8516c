package org.omotenashi.concierge.agent.understanding;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.task.TaskPriority;

/**
 * Reads which department a guest's request is for and how urgent it is, from word lists per
 * language in {@code agent/service-requests/<language>.txt} (typos tolerated as in {@link
 * Lexicon}).
 *
 * <p>The department: something broken ("doesn't work", "no funciona", "en panne", "kaputt", "壊れ
 * た") goes to {@code MAINTENANCE} whatever it is; otherwise the first department the message
 * names, where an object that can break ("toilet", "shower") only counts when nothing else is named
 * ("the toilet is dirty" is housekeeping). Towels, cleaning, cots and futons are {@code
 * HOUSEKEEPING}; wake-up calls, luggage, invoices and lost items {@code FRONT_DESK}; room service,
 * food, drinks, a table at Kaede and allergies {@code FOOD_BEVERAGE}; taxis, transfers, tours and
 * restaurants outside {@code CONCIERGE}; massages {@code SPA}.
 *
 * <p>The priority: {@link TaskPriority#URGENT} for water, smoke, fire, power and guests locked
 * out; {@link TaskPriority#HIGH} when the guest says it is urgent, or else when something is
 * broken; {@link TaskPriority#LOW} when the guest says it can wait; {@link TaskPriority#NORMAL}
 * otherwise. "Not urgent" is low, not urgent: the longer phrase wins.
 *
 * <p>Not a request: a message naming no department and nothing broken, and a question about a
 * service without asking for it ("is there room service?", "what time does the spa open?"), which
 * the hotel's facts answer. Bookings of rooms are not service requests; a booking of a massage or
 * a taxi is.
 */
public final class ServiceRequests {
  private static final Set<String> DEPARTMENTS =
      Set.of("HOUSEKEEPING", "MAINTENANCE", "FRONT_DESK", "FOOD_BEVERAGE", "CONCIERGE", "SPA");

  private static final Map<GuestLanguage, Lexicon<String>> DEPARTMENT_WORDS =
      Lexicon.load("agent/service-requests", label -> DEPARTMENTS.contains(label) ? label : null);

  private static final Map<GuestLanguage, Lexicon<Signal>> SIGNALS =
      Lexicon.load(
          "agent/service-requests",
          label -> DEPARTMENTS.contains(label) ? null : Signal.valueOf(label));

  /** What a phrase says about the request, apart from its department. */
  private enum Signal {
    BROKEN,
    URGENT,
    HIGH,
    LOW,
    /** Words of a question about a service ("is there", "what time"). */
    QUESTION,
    /** Words of asking for something ("please", "can you", "bring"). */
    REQUEST
  }

  private ServiceRequests() {}

  /**
   * The department and priority of the request the message makes, or empty when it makes none.
   * {@code language} is "en", "ja", "es", "fr", "pt" or "de"; any other code reads English.
   */
  public static Optional<ServiceRequest> find(String text, String language) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    GuestLanguage guestLanguage =
        GuestLanguage.of(language == null ? "en" : language).orElse(GuestLanguage.EN);
    String normalized = IntentFeatures.normalize(text);
    List<Lexicon.Match<String>> departments = DEPARTMENT_WORDS.get(guestLanguage).find(normalized);
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    for (Lexicon.Match<Signal> match : SIGNALS.get(guestLanguage).find(normalized)) {
      signals.add(match.label());
    }
    boolean trouble = signals.contains(Signal.BROKEN) || signals.contains(Signal.URGENT);
    if (departments.isEmpty() && !trouble) {
      return Optional.empty();
    }
    if (signals.contains(Signal.QUESTION) && !signals.contains(Signal.REQUEST) && !trouble) {
      return Optional.empty();
    }
    return Optional.of(new ServiceRequest(department(departments, trouble), priority(signals)));
  }

  private static String department(List<Lexicon.Match<String>> named, boolean trouble) {
    if (trouble || named.isEmpty()) {
      return "MAINTENANCE";
    }
    return named.stream()
        .map(Lexicon.Match::label)
        .filter(department -> !department.equals("MAINTENANCE"))
        .findFirst()
        .orElse("MAINTENANCE");
  }

  private static TaskPriority priority(Set<Signal> signals) {
    if (signals.contains(Signal.URGENT)) {
      return TaskPriority.URGENT;
    }
    if (signals.contains(Signal.HIGH)) {
      return TaskPriority.HIGH;
    }
    if (signals.contains(Signal.LOW)) {
      return TaskPriority.LOW;
    }
    return signals.contains(Signal.BROKEN) ? TaskPriority.HIGH : TaskPriority.NORMAL;
  }
}
