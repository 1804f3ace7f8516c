package org.omotenashi.concierge.it.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.omotenashi.concierge.it.ApiClient;
import org.omotenashi.concierge.it.evaluation.JourneyFile.CorpusException;
import org.omotenashi.concierge.it.evaluation.JourneyRunner.Played;

/**
 * The expected outcome of a journey, checked through the staff API after the guest's last message.
 * Every key of a journey's {@code expect} that applies is checked; the result is the list of reasons
 * it failed (empty: it passed), and the intent of each labelled guest message against its label.
 */
public final class Expectations {
  /** The keys an {@code expect} may hold; {@code evaluation/README.md} describes each. */
  public static final Set<String> KEYS =
      Set.of(
          "booking", "noBooking", "bookingStatus", "bookingDates", "bookingUnchanged", "task",
          "noTask", "replyContains", "replyNotContains", "handedToStaff", "language");

  static final Set<String> DEPARTMENTS =
      Set.of("HOUSEKEEPING", "MAINTENANCE", "FRONT_DESK", "FOOD_BEVERAGE", "CONCIERGE", "SPA");
  static final Set<String> BOOKING_STATUSES =
      Set.of("CONFIRMED", "CANCELLED", "CHECKED_IN", "CHECKED_OUT", "NO_SHOW");
  static final Set<String> HANDED_TO_STAFF = Set.of("WAITING_FOR_STAFF", "STAFF");

  // "78,000", "78.000", "78 000" -> "78000"; "7:00" -> "07:00" (after NFKC, which makes full-width digits ASCII).
  private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,.\\u00a0\\u202f ' ](?=\\d{3}(?!\\d))");
  private static final Pattern SHORT_HOUR = Pattern.compile("(?<!\\d)(\\d):(\\d\\d)(?!\\d)");

  private Expectations() {}

  /** The verdict on one played journey. */
  public record Verdict(List<String> failures, List<IntentCheck> intents, String conversationStatus) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** One labelled guest message: the corpus's label and what the agent recorded (or "none"). */
  public record IntentCheck(int turn, String expected, String actual) {
    public boolean correct() {
      return expected.equals(actual);
    }
  }

  /** Checks the keys and values of one journey's {@code expect}; throws on the first problem. */
  static void validate(Map<String, Object> expect, boolean hasGiven, String where) {
    JourneyFile.unknownKeys(expect, KEYS, where + ": expect");
    if (expect.isEmpty()) {
      throw new CorpusException(where + ": expect is empty");
    }
    expect.forEach((key, value) -> {
      if (value == null) {
        throw new CorpusException(where + ": expect." + key + " has no value");
      }
    });
    for (String key : List.of("noBooking", "bookingUnchanged", "noTask", "handedToStaff")) {
      if (expect.containsKey(key) && !(expect.get(key) instanceof Boolean)) {
        throw new CorpusException(where + ": expect." + key + " must be true or false");
      }
    }
    if (expect.containsKey("booking")) {
      Map<String, Object> booking = JourneyFile.map(expect.get("booking"), where + ": expect.booking");
      JourneyFile.bookingFields(booking, where + ": expect.booking", false);
      for (String key : List.of("roomType", "checkIn", "checkOut", "adults", "children")) {
        if (!booking.containsKey(key)) {
          throw new CorpusException(where + ": expect.booking." + key + " is missing");
        }
      }
      if (Boolean.TRUE.equals(expect.get("noBooking"))) {
        throw new CorpusException(where + ": expect has both booking and noBooking");
      }
    }
    for (String key : List.of("bookingStatus", "bookingDates", "bookingUnchanged")) {
      if (expect.containsKey(key) && !hasGiven) {
        throw new CorpusException(where + ": expect." + key + " needs a given booking");
      }
    }
    if (expect.containsKey("bookingStatus") && !BOOKING_STATUSES.contains(String.valueOf(expect.get("bookingStatus")))) {
      throw new CorpusException(where + ": expect.bookingStatus must be one of " + BOOKING_STATUSES);
    }
    if (expect.containsKey("bookingDates")) {
      Map<String, Object> dates = JourneyFile.map(expect.get("bookingDates"), where + ": expect.bookingDates");
      JourneyFile.unknownKeys(dates, Set.of("checkIn", "checkOut"), where + ": expect.bookingDates");
      JourneyFile.bookingFields(dates, where + ": expect.bookingDates", false);
      if (dates.size() != 2) {
        throw new CorpusException(where + ": expect.bookingDates needs checkIn and checkOut");
      }
    }
    if (expect.containsKey("task")) {
      Map<String, Object> task = JourneyFile.map(expect.get("task"), where + ": expect.task");
      JourneyFile.unknownKeys(task, Set.of("department", "room"), where + ": expect.task");
      List<String> departments = RelativeDates.alternatives(task.get("department"));
      if (departments.isEmpty() || !DEPARTMENTS.containsAll(departments)) {
        throw new CorpusException(where + ": expect.task.department must be one of " + DEPARTMENTS + " or a list");
      }
      if (Boolean.TRUE.equals(expect.get("noTask"))) {
        throw new CorpusException(where + ": expect has both task and noTask");
      }
    }
    for (String key : List.of("replyContains", "replyNotContains")) {
      if (expect.containsKey(key)) {
        if (!(expect.get(key) instanceof List<?> list) || list.isEmpty()
            || list.stream().anyMatch(item -> RelativeDates.alternatives(item).isEmpty()
                || RelativeDates.alternatives(item).stream().anyMatch(String::isBlank)
                || !(item instanceof String || item instanceof List<?> any
                    && any.stream().allMatch(String.class::isInstance)))) {
          throw new CorpusException(where + ": expect." + key
              + " must be a list of quoted strings (or of lists of them: any one of which will do)");
        }
      }
    }
    if (expect.containsKey("language") && !JourneyFile.LANGUAGES.contains(String.valueOf(expect.get("language")))) {
      throw new CorpusException(where + ": expect.language must be one of " + JourneyFile.LANGUAGES);
    }
  }

  /** Checks a played journey against its expectations through the staff API. */
  public static Verdict check(Played played, ApiClient staff, RelativeDates dates) {
    Journey journey = played.journey();
    Map<String, Object> expect = journey.expect();
    List<String> failures = new ArrayList<>();
    played.error().ifPresent(failures::add);
    if (played.conversationId() == null) {
      return new Verdict(failures, unanswered(journey), "none");
    }
    ApiClient.Reply conversationReply = staff.get("/api/v1/conversations/" + played.conversationId());
    JsonNode conversation = conversationReply.json();
    if (conversationReply.status() != 200) {
      failures.add("GET conversation answered " + conversationReply.status());
    }
    String status = conversation.path("status").asText("unknown");

    boolean expectHandOff = Boolean.TRUE.equals(expect.get("handedToStaff"));
    if (expectHandOff && !HANDED_TO_STAFF.contains(status)) {
      failures.add("expected a hand-off to staff, but the conversation is " + status);
    } else if (!expectHandOff && HANDED_TO_STAFF.contains(status)) {
      failures.add("handed to staff unexpectedly (conversation " + status + ")");
    }

    List<JsonNode> made = bookingsOf(staff, played.conversationId(), dates);
    if (expect.containsKey("booking")) {
      checkBooking(JourneyFile.map(expect.get("booking"), "booking"), made, dates, failures);
    }
    if (Boolean.TRUE.equals(expect.get("noBooking")) && !made.isEmpty()) {
      failures.add("expected no booking, but the conversation made " + describe(made));
    }
    played.given().ifPresent(given -> checkGiven(expect, given, staff, dates, failures));
    if (expect.containsKey("task") || Boolean.TRUE.equals(expect.get("noTask"))) {
      checkTasks(expect, played.conversationId(), staff, failures);
    }
    checkReplies(expect, played, failures);
    return new Verdict(failures, intents(journey, conversation), status);
  }

  /** The CONFIRMED bookings whose conversation is {@code conversationId}. */
  static List<JsonNode> bookingsOf(ApiClient staff, String conversationId, RelativeDates dates) {
    LocalDate today = dates.today();
    ApiClient.Reply reply = staff.get("/api/v1/bookings?status=CONFIRMED&from=" + today.minusDays(1)
        + "&to=" + today.plusDays(400) + "&limit=500");
    if (reply.status() != 200) {
      throw new IllegalStateException("Listing bookings answered " + reply.status() + ": " + reply.text());
    }
    return StreamSupport.stream(reply.json().spliterator(), false)
        .filter(b -> conversationId.equals(b.path("conversationId").asText(null)))
        .toList();
  }

  private static void checkBooking(
      Map<String, Object> expected, List<JsonNode> made, RelativeDates dates, List<String> failures) {
    if (made.size() != 1) {
      failures.add("expected exactly one booking made in the conversation, found "
          + (made.isEmpty() ? "none" : describe(made)));
      return;
    }
    JsonNode booking = made.get(0);
    List<String> wrong = new ArrayList<>();
    field(wrong, "roomType", expected.get("roomType"), booking.path("roomType").asText());
    field(wrong, "adults", expected.get("adults"), booking.path("adults").asInt());
    field(wrong, "children", expected.get("children"), booking.path("children").asInt());
    List<RelativeDates.Stay> stays = dates.stays(expected.get("checkIn"), expected.get("checkOut"));
    RelativeDates.Stay actual = new RelativeDates.Stay(
        LocalDate.parse(booking.path("checkIn").asText()), LocalDate.parse(booking.path("checkOut").asText()));
    if (!stays.contains(actual)) {
      wrong.add("dates " + actual + " instead of " + (stays.size() == 1 ? stays.get(0) : "one of " + stays));
    }
    if (expected.containsKey("email")) {
      field(wrong, "email", String.valueOf(expected.get("email")).toLowerCase(Locale.ROOT),
          booking.path("guest").path("email").asText().toLowerCase(Locale.ROOT));
    }
    if (expected.containsKey("name")) {
      field(wrong, "name", squeeze(String.valueOf(expected.get("name"))),
          squeeze(booking.path("guest").path("name").asText()));
    }
    if (!wrong.isEmpty()) {
      failures.add("the booking " + booking.path("reference").asText() + " has " + String.join(", ", wrong));
    }
  }

  private static void checkGiven(
      Map<String, Object> expect, JsonNode created, ApiClient staff, RelativeDates dates, List<String> failures) {
    String reference = created.path("reference").asText();
    JsonNode now = staff.get("/api/v1/bookings/" + reference).json();
    if (expect.containsKey("bookingStatus")) {
      String status = now.path("status").asText();
      if (!status.equals(String.valueOf(expect.get("bookingStatus")))) {
        failures.add("the given booking " + reference + " is " + status + ", expected " + expect.get("bookingStatus"));
      }
    }
    if (expect.containsKey("bookingDates")) {
      Map<String, Object> expected = JourneyFile.map(expect.get("bookingDates"), "bookingDates");
      List<RelativeDates.Stay> stays = dates.stays(expected.get("checkIn"), expected.get("checkOut"));
      RelativeDates.Stay actual = new RelativeDates.Stay(
          LocalDate.parse(now.path("checkIn").asText()), LocalDate.parse(now.path("checkOut").asText()));
      if (!stays.contains(actual)) {
        failures.add("the given booking " + reference + " has dates " + actual + ", expected "
            + (stays.size() == 1 ? stays.get(0) : "one of " + stays));
      }
    }
    if (Boolean.TRUE.equals(expect.get("bookingUnchanged"))) {
      for (String field : List.of("status", "roomType", "checkIn", "checkOut", "adults", "children")) {
        if (!created.path(field).asText().equals(now.path(field).asText())) {
          failures.add("the given booking " + reference + " changed: " + field + " "
              + created.path(field).asText() + " -> " + now.path(field).asText());
        }
      }
    }
  }

  private static void checkTasks(
      Map<String, Object> expect, String conversationId, ApiClient staff, List<String> failures) {
    ApiClient.Reply reply = staff.get("/api/v1/tasks?conversationId="
        + URLEncoder.encode(conversationId, StandardCharsets.UTF_8));
    if (reply.status() != 200 || !reply.json().isArray()) {
      failures.add("listing the conversation's tasks answered " + reply.status());
      return;
    }
    List<JsonNode> tasks = StreamSupport.stream(reply.json().spliterator(), false).toList();
    if (Boolean.TRUE.equals(expect.get("noTask")) && !tasks.isEmpty()) {
      failures.add("expected no task, but the conversation made " + tasks.stream()
          .map(t -> t.path("department").asText() + " '" + t.path("summary").asText() + "'").toList());
    }
    if (expect.containsKey("task")) {
      Map<String, Object> expected = JourneyFile.map(expect.get("task"), "task");
      List<String> departments = RelativeDates.alternatives(expected.get("department"));
      String department = String.join(" or ", departments);
      String room = expected.containsKey("room") ? String.valueOf(expected.get("room")) : null;
      boolean found = tasks.stream().anyMatch(t -> departments.contains(t.path("department").asText())
          && (room == null || room.equals(t.path("room").asText(null))));
      if (!found) {
        failures.add("expected a " + department + " task" + (room == null ? "" : " for room " + room)
            + ", found " + (tasks.isEmpty() ? "no task" : tasks.stream()
                .map(t -> t.path("department").asText() + "/" + t.path("room").asText("-")).toList()));
      }
    }
  }

  private static void checkReplies(Map<String, Object> expect, Played played, List<String> failures) {
    String all = played.turns().stream()
        .flatMap(t -> t.replies().stream())
        .map(r -> normalise(r.text()))
        .reduce("", (a, b) -> a + "\n" + b);
    // An item that is a list is satisfied by any one of its strings.
    for (Object wanted : listOf(expect.get("replyContains"))) {
      List<String> anyOf = RelativeDates.alternatives(wanted);
      if (anyOf.stream().noneMatch(w -> all.contains(normalise(w)))) {
        failures.add("no reply contains " + (anyOf.size() == 1 ? "\"" + anyOf.get(0) + "\"" : "any of " + anyOf));
      }
    }
    for (Object unwanted : listOf(expect.get("replyNotContains"))) {
      for (String text : RelativeDates.alternatives(unwanted)) {
        if (all.contains(normalise(text))) {
          failures.add("a reply contains \"" + text + "\", which it must not");
        }
      }
    }
    if (expect.containsKey("language")) {
      String language = String.valueOf(expect.get("language"));
      List<JourneyRunner.Reply> last =
          played.turns().isEmpty() ? List.of() : played.turns().get(played.turns().size() - 1).replies();
      if (last.isEmpty()) {
        failures.add("no reply to the last message (expected one in " + language + ")");
      } else if (last.stream().anyMatch(r -> !language.equals(r.language()))) {
        failures.add("the last replies are in " + last.stream().map(JourneyRunner.Reply::language).toList()
            + ", expected " + language);
      }
    }
  }

  /** Lower case, NFKC, digit groups joined, one-digit hours padded: how replies and facts are compared. */
  static String normalise(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    folded = DIGIT_GROUP.matcher(folded).replaceAll("");
    return SHORT_HOUR.matcher(folded).replaceAll("0$1:$2");
  }

  private static List<IntentCheck> intents(Journey journey, JsonNode conversation) {
    List<String> guestMessageIds = new ArrayList<>();
    for (JsonNode message : conversation.path("messages")) {
      if ("IN".equals(message.path("direction").asText())) {
        guestMessageIds.add(message.path("id").asText());
      }
    }
    Map<String, String> intentByMessage = new HashMap<>();
    for (JsonNode turn : conversation.path("turns")) {
      intentByMessage.put(turn.path("messageId").asText(), turn.path("intent").asText("none"));
    }
    List<IntentCheck> checks = new ArrayList<>();
    for (int i = 0; i < journey.turns().size(); i++) {
      int index = i;
      journey.turns().get(i).intent().ifPresent(label -> {
        String actual = index < guestMessageIds.size()
            ? intentByMessage.getOrDefault(guestMessageIds.get(index), "none")
            : "none";
        checks.add(new IntentCheck(index + 1, label, actual));
      });
    }
    return checks;
  }

  private static List<IntentCheck> unanswered(Journey journey) {
    List<IntentCheck> checks = new ArrayList<>();
    for (int i = 0; i < journey.turns().size(); i++) {
      int index = i;
      journey.turns().get(i).intent().ifPresent(label -> checks.add(new IntentCheck(index + 1, label, "none")));
    }
    return checks;
  }

  private static void field(List<String> wrong, String name, Object expected, Object actual) {
    if (expected != null && !Objects.equals(String.valueOf(expected), String.valueOf(actual))) {
      wrong.add(name + " " + actual + " instead of " + expected);
    }
  }

  private static String describe(List<JsonNode> bookings) {
    return bookings.stream()
        .map(b -> b.path("reference").asText() + " (" + b.path("roomType").asText() + " "
            + b.path("checkIn").asText() + "/" + b.path("checkOut").asText() + " "
            + b.path("adults").asInt() + "+" + b.path("children").asInt() + ")")
        .toList()
        .toString();
  }

  private static String squeeze(String name) {
    return Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static List<?> listOf(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }
}
