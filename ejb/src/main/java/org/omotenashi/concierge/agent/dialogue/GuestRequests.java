package org.omotenashi.concierge.agent.dialogue;

import static org.omotenashi.concierge.agent.dialogue.Turn.arguments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omotenashi.concierge.agent.understanding.ServiceRequest;
import org.omotenashi.concierge.agent.understanding.StayDatesFound;
import org.omotenashi.concierge.task.TaskPriority;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateRenderer.Money;

/**
 * What a guest asks the hotel's teams to do: a task for the department the request needs, for the
 * room the guest named or the room of their stay, due at the time they gave (a wake-up call). Late
 * check-out and early check-in go to the front desk with the price the hotel's policy states.
 */
final class GuestRequests {
  private static final int MAX_SUMMARY = 500;

  /** Teams that go to the guest's room, and so need its number. */
  private static final java.util.Set<String> ROOM_DEPARTMENTS =
      java.util.Set.of("HOUSEKEEPING", "MAINTENANCE", "FOOD_BEVERAGE");

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern PRICE = Pattern.compile("(\\d[\\d,.]*)\\s*([A-Z]{3})");

  void serviceRequest(Turn turn) {
    Reading reading = turn.reading;
    String department =
        turn.hotel.departmentFor(
            reading.request().map(ServiceRequest::department).orElse(HotelProfile.FRONT_DESK));
    TaskPriority priority =
        reading.request().map(ServiceRequest::priority).orElse(TaskPriority.NORMAL);
    Instant dueAt = reading.time().map(time -> next(time, turn)).orElse(null);
    createTask(turn, department, priority, summary(reading.text()), dueAt);
  }

  /** {@code request_late_checkout} and {@code request_early_checkin}. */
  void stayTimeChange(Turn turn, boolean lateCheckout) {
    String factKey = lateCheckout ? "policies.late_check_out" : "policies.early_check_in";
    Optional<String> policy =
        turn.hotel.factsAt(factKey, "en").stream().map(HotelProfile.Fact::text).findFirst();
    Optional<LocalTime> time = policy.flatMap(GuestRequests::timeIn);
    Optional<BigDecimal> price = policy.flatMap(GuestRequests::priceIn);
    String what = lateCheckout ? "Late check-out" : "Early check-in";
    String summary =
        what
            + " requested"
            + time.map(t -> " (" + t + ")").orElse("")
            + price.map(p -> ", " + p.toPlainString() + " " + turn.hotel.currency()).orElse("")
            + ": "
            + turn.reading.text();
    String tool = lateCheckout ? "request_late_checkout" : "request_early_checkin";
    String room = room(turn);
    long task =
        turn.tools.createServiceRequest(
            new ServiceTaskRequest(
                turn.hotel.departmentFor(HotelProfile.FRONT_DESK),
                room,
                summary(summary),
                TaskPriority.NORMAL,
                null));
    turn.used(
        tool,
        arguments("room", room, "time", time.orElse(null), "price", price.orElse(null)),
        "task " + task);
    if (time.isPresent() && price.isPresent()) {
      turn.reply(
          lateCheckout
              ? TemplateKeys.LATE_CHECKOUT_REQUESTED
              : TemplateKeys.EARLY_CHECKIN_REQUESTED,
          Map.of("time", time.get(), "price", new Money(price.get(), turn.hotel.currency())));
    } else {
      requestCreated(turn, turn.hotel.departmentFor(HotelProfile.FRONT_DESK), room);
    }
  }

  private void createTask(
      Turn turn, String department, TaskPriority priority, String summary, Instant dueAt) {
    String room = room(turn);
    long task =
        turn.tools.createServiceRequest(
            new ServiceTaskRequest(department, room, summary, priority, dueAt));
    turn.used(
        "create_service_request",
        arguments(
            "department",
            department,
            "room",
            room,
            "priority",
            priority,
            "dueAt",
            dueAt,
            "summary",
            summary),
        "task " + task);
    requestCreated(turn, department, room);
    if (room == null && ROOM_DEPARTMENTS.contains(department)) {
      turn.state.taskAwaitingRoom = task;
      turn.ask(DialogueState.Question.ROOM, TemplateKeys.REQUEST_ASK_ROOM);
    }
  }

  /** The answer to "which room are you in?": the task made just before gets the room. */
  void roomGiven(Turn turn) {
    DialogueState state = turn.state;
    Optional<String> room =
        turn.reading.room().or(() -> BareRoomNumber.find(turn.reading.text(), turn.hotel));
    if (room.isEmpty() || state.taskAwaitingRoom == null) {
      state.asked = DialogueState.Question.NONE;
      return;
    }
    turn.tools.assignRoomToTask(state.taskAwaitingRoom, room.get());
    turn.used(
        "create_service_request",
        arguments("task", state.taskAwaitingRoom, "room", room.get()),
        "room added");
    state.taskAwaitingRoom = null;
    state.asked = DialogueState.Question.NONE;
    turn.reply(TemplateKeys.REQUEST_ROOM_ADDED, Map.of("room", room.get()));
  }

  private static void requestCreated(Turn turn, String department, String room) {
    Object departmentName =
        TemplateKeys.findDepartmentKey(department)
            .<Object>map(Reply::of)
            .orElse(department.toLowerCase(java.util.Locale.ROOT));
    turn.reply(
        TemplateKeys.REQUEST_CREATED,
        Map.of(
            "department",
            departmentName,
            "room",
            room == null ? "" : room,
            "hasRoom",
            room != null));
  }

  /** The room the guest named, else the room of their stay, else none. */
  private static String room(Turn turn) {
    return turn.reading.room().or(() -> turn.tools.findCurrentRoomOfThisGuest()).orElse(null);
  }

  /**
   * The next time the clock shows {@code time} at the hotel: today if still ahead, else tomorrow.
   */
  /**
   * The time on the day the message names ("tomorrow at 4pm", "明日の夜7時"), else its next
   * occurrence ("wake me at 7").
   */
  private static Instant next(LocalTime time, Turn turn) {
    ZonedDateTime now = turn.context.now().atZone(turn.hotel.zone());
    Optional<LocalDate> day =
        turn.reading
            .dates()
            .map(StayDatesFound::checkIn)
            .filter(date -> date.isAfter(now.toLocalDate()));
    if (day.isPresent()) {
      return day.get().atTime(time).atZone(turn.hotel.zone()).toInstant();
    }
    ZonedDateTime due = now.with(time).withSecond(0).withNano(0);
    return (due.isAfter(now) ? due : due.plusDays(1)).toInstant();
  }

  private static String summary(String text) {
    String summary = text.strip().replaceAll("\\s+", " ");
    return summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY - 1) + "…";
  }

  private static Optional<LocalTime> timeIn(String text) {
    Matcher matcher = TIME.matcher(text);
    return matcher.find()
        ? Optional.of(
            LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
        : Optional.empty();
  }

  private static Optional<BigDecimal> priceIn(String text) {
    Matcher matcher = PRICE.matcher(text);
    return matcher.find()
        ? Optional.of(new BigDecimal(matcher.group(1).replace(",", "")))
        : Optional.empty();
  }
}
