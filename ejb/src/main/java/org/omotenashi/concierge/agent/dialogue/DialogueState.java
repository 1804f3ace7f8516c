package org.omotenashi.concierge.agent.dialogue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.omotenashi.concierge.agent.understanding.HotelTopic;

/**
 * What the concierge remembers of one conversation between two guest messages: what the guest is
 * after, the question it asked last, the stay being booked or the change being made, and which
 * bookings the guest has proved are theirs. Stored as JSON with the conversation.
 */
public final class DialogueState {
  /** What the guest is after across several messages. */
  public enum Goal {
    NONE,
    BOOK,
    LOOKUP,
    MODIFY,
    CANCEL
  }

  /** The question the concierge's last reply asked, which the next message probably answers. */
  public enum Question {
    NONE,
    DATES,
    PARTY,
    ROOM_TYPE,
    /** "Would you like me to reserve it?" after showing a room. */
    BOOK_OFFER,
    NAME,
    EMAIL,
    CONFIRM_BOOKING,
    REFERENCE,
    /** The email or phone on a booking, to prove it is the guest's. */
    CONTACT,
    CHANGE,
    CONFIRM_CHANGE,
    CONFIRM_CANCEL,
    /** "Shall I ask a member of our team?" */
    HANDOFF_OFFER,
    /** "Which room are you in?" after a request that needs one. */
    ROOM
  }

  Goal goal = Goal.NONE;
  Question asked = Question.NONE;

  /** Whether the guest asked to book rather than only to see what is free. */
  boolean wantsToBook;

  /** The guest wants the cheapest room that takes the party. */
  boolean cheapest;

  /** The guest needs a room a wheelchair user can use. */
  boolean accessible;

  LocalDate checkIn;
  LocalDate checkOut;

  /** Nights the guest asked for before giving a date. */
  Integer nights;

  Integer adults;
  Integer children;
  String roomType;
  String name;
  String email;
  String phone;
  int emailRequests;

  /** The booking the guest is looking at, changing or cancelling. */
  String reference;

  final Set<String> verifiedReferences = new LinkedHashSet<>();
  int failedVerifications;

  LocalDate newCheckIn;
  LocalDate newCheckOut;
  Integer newNights;

  /** Nights added at the end of the booking ("one more night"). */
  Integer extraNights;

  /** The new dates were given as days without a month: they belong near the booking's own. */
  boolean newDatesWithoutMonth;

  Integer newAdults;
  Integer newChildren;
  String newRoomType;

  int lowConfidenceTurns;

  /** The task waiting for the room the concierge asked for. */
  Long taskAwaitingRoom;

  /** Whether a guest waiting for staff was told, once, that they will reply. */
  boolean toldStaffWillReply;

  /** What the concierge's last reply told about the hotel, for a question that follows it. */
  final List<HotelTopic> lastTopics = new ArrayList<>();

  /** Forgets the goal in progress, keeping who the guest is and what they proved. */
  public void finishGoal() {
    goal = Goal.NONE;
    asked = Question.NONE;
    wantsToBook = false;
    cheapest = false;
    accessible = false;
    checkIn = null;
    checkOut = null;
    nights = null;
    adults = null;
    children = null;
    roomType = null;
    clearChange();
  }

  void clearChange() {
    newCheckIn = null;
    newCheckOut = null;
    newNights = null;
    extraNights = null;
    newDatesWithoutMonth = false;
    newAdults = null;
    newChildren = null;
    newRoomType = null;
  }

  boolean hasChange() {
    return newCheckIn != null
        || newCheckOut != null
        || newNights != null
        || extraNights != null
        || newAdults != null
        || newChildren != null
        || newRoomType != null;
  }

  public Goal goal() {
    return goal;
  }

  // The LLM provider (agent.llm) proposes what the offline dialogue then executes: these put the
  // state exactly where the offline dialogue puts it before its confirmation question, so that the
  // guest's "yes" on the next message is handled here, by the same code as without an LLM.

  /**
   * A new booking of this stay, summarised to the guest, who is asked to confirm it ({@link
   * Question#CONFIRM_BOOKING}). A null name, email or phone keeps what the guest gave before.
   */
  public void proposeBooking(
      String roomType,
      LocalDate checkIn,
      LocalDate checkOut,
      int adults,
      int children,
      String name,
      String email,
      String phone) {
    finishGoal();
    goal = Goal.BOOK;
    wantsToBook = true;
    this.roomType = roomType;
    this.checkIn = checkIn;
    this.checkOut = checkOut;
    this.adults = adults;
    this.children = children;
    this.name = name != null ? name : this.name;
    this.email = email != null ? email : this.email;
    this.phone = phone != null ? phone : this.phone;
    asked = Question.CONFIRM_BOOKING;
  }

  /**
   * A change of a booking the guest proved is theirs, asked to be confirmed ({@link
   * Question#CONFIRM_CHANGE}); a null field keeps what the booking has.
   *
   * @throws IllegalStateException when the guest has not proved the booking is theirs
   */
  public void proposeChange(
      String reference,
      LocalDate newCheckIn,
      LocalDate newCheckOut,
      Integer newAdults,
      Integer newChildren,
      String newRoomType) {
    requireVerified(reference);
    finishGoal();
    goal = Goal.MODIFY;
    this.reference = reference;
    this.newCheckIn = newCheckIn;
    this.newCheckOut = newCheckOut;
    this.newAdults = newAdults;
    this.newChildren = newChildren;
    this.newRoomType = newRoomType;
    asked = Question.CONFIRM_CHANGE;
  }

  /**
   * The cancellation of a booking the guest proved is theirs, asked to be confirmed ({@link
   * Question#CONFIRM_CANCEL}).
   *
   * @throws IllegalStateException when the guest has not proved the booking is theirs
   */
  public void proposeCancellation(String reference) {
    requireVerified(reference);
    finishGoal();
    goal = Goal.CANCEL;
    this.reference = reference;
    asked = Question.CONFIRM_CANCEL;
  }

  /** The guest proved the booking is theirs (made from this address, or its email or phone). */
  public void markVerified(String reference) {
    verifiedReferences.add(reference);
  }

  public boolean isVerified(String reference) {
    return verifiedReferences.contains(reference);
  }

  /** Counts one more reference or contact that did not prove a booking; returns the count. */
  public int recordFailedVerification() {
    return ++failedVerifications;
  }

  public int failedVerifications() {
    return failedVerifications;
  }

  private void requireVerified(String reference) {
    if (!verifiedReferences.contains(reference)) {
      throw new IllegalStateException("booking " + reference + " is not verified as the guest's");
    }
  }

  public Question asked() {
    return asked;
  }

  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("goal", goal.name())
            .add("asked", asked.name())
            .add("wantsToBook", wantsToBook)
            .add("cheapest", cheapest)
            .add("accessible", accessible)
            .add("newDatesWithoutMonth", newDatesWithoutMonth)
            .add("emailRequests", emailRequests)
            .add("failedVerifications", failedVerifications)
            .add("lowConfidenceTurns", lowConfidenceTurns)
            .add("toldStaffWillReply", toldStaffWillReply)
            .add("verifiedReferences", Json.createArrayBuilder(verifiedReferences))
            .add(
                "lastTopics",
                Json.createArrayBuilder(lastTopics.stream().map(HotelTopic::name).toList()));
    if (taskAwaitingRoom != null) {
      json.add("taskAwaitingRoom", taskAwaitingRoom);
    }
    put(json, "checkIn", checkIn);
    put(json, "checkOut", checkOut);
    put(json, "nights", nights);
    put(json, "adults", adults);
    put(json, "children", children);
    put(json, "roomType", roomType);
    put(json, "name", name);
    put(json, "email", email);
    put(json, "phone", phone);
    put(json, "reference", reference);
    put(json, "newCheckIn", newCheckIn);
    put(json, "newCheckOut", newCheckOut);
    put(json, "newNights", newNights);
    put(json, "extraNights", extraNights);
    put(json, "newAdults", newAdults);
    put(json, "newChildren", newChildren);
    put(json, "newRoomType", newRoomType);
    return json.build().toString();
  }

  public static DialogueState fromJson(String text) {
    DialogueState state = new DialogueState();
    if (text == null || text.isBlank()) {
      return state;
    }
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(text))) {
      json = reader.readObject();
    }
    state.goal = Goal.valueOf(json.getString("goal", Goal.NONE.name()));
    state.asked = Question.valueOf(json.getString("asked", Question.NONE.name()));
    state.wantsToBook = json.getBoolean("wantsToBook", false);
    state.cheapest = json.getBoolean("cheapest", false);
    state.accessible = json.getBoolean("accessible", false);
    state.newDatesWithoutMonth = json.getBoolean("newDatesWithoutMonth", false);
    state.taskAwaitingRoom =
        json.containsKey("taskAwaitingRoom")
            ? json.getJsonNumber("taskAwaitingRoom").longValue()
            : null;
    state.emailRequests = json.getInt("emailRequests", 0);
    state.failedVerifications = json.getInt("failedVerifications", 0);
    state.lowConfidenceTurns = json.getInt("lowConfidenceTurns", 0);
    state.toldStaffWillReply = json.getBoolean("toldStaffWillReply", false);
    json.getJsonArray("verifiedReferences")
        .getValuesAs(jakarta.json.JsonString.class)
        .forEach(reference -> state.verifiedReferences.add(reference.getString()));
    if (json.containsKey("lastTopics")) {
      json.getJsonArray("lastTopics")
          .getValuesAs(jakarta.json.JsonString.class)
          .forEach(topic -> state.lastTopics.add(HotelTopic.valueOf(topic.getString())));
    }
    state.checkIn = date(json, "checkIn");
    state.checkOut = date(json, "checkOut");
    state.nights = integer(json, "nights");
    state.adults = integer(json, "adults");
    state.children = integer(json, "children");
    state.roomType = string(json, "roomType");
    state.name = string(json, "name");
    state.email = string(json, "email");
    state.phone = string(json, "phone");
    state.reference = string(json, "reference");
    state.newCheckIn = date(json, "newCheckIn");
    state.newCheckOut = date(json, "newCheckOut");
    state.newNights = integer(json, "newNights");
    state.extraNights = integer(json, "extraNights");
    state.newAdults = integer(json, "newAdults");
    state.newChildren = integer(json, "newChildren");
    state.newRoomType = string(json, "newRoomType");
    return state;
  }

  private static void put(JsonObjectBuilder json, String name, Object value) {
    if (value instanceof Integer number) {
      json.add(name, number);
    } else if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static String string(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value == JsonValue.NULL ? null : json.getString(name);
  }

  private static Integer integer(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value == null || value == JsonValue.NULL ? null : json.getInt(name);
  }

  private static LocalDate date(JsonObject json, String name) {
    String value = string(json, name);
    return value == null ? null : LocalDate.parse(value);
  }
}
