package org.omotenashi.concierge.task;

import java.util.List;
import org.omotenashi.concierge.hotel.Department;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.Room;
import org.omotenashi.concierge.hotel.RoomType;

/** What a new task must be for the property, each failure naming its field. No database needed. */
final class TaskChecks {
  private TaskChecks() {}

  static void checkNew(NewTask request, Property property) {
    List<String> departments = property.getDepartments().stream().map(Department::getCode).toList();
    if (request.department() == null) {
      throw new InvalidTaskException("department", "is required: one of " + departments);
    }
    if (!departments.contains(request.department())) {
      throw new InvalidTaskException(
          "department", "'" + request.department() + "' is not one of " + departments);
    }
    if (request.summary() == null) {
      throw new InvalidTaskException("summary", "is required: what is to be done");
    }
    if (request.summary().length() > Task.SUMMARY_MAX) {
      throw new InvalidTaskException(
          "summary",
          "has " + request.summary().length() + " characters; at most " + Task.SUMMARY_MAX);
    }
    if (request.room() != null) {
      checkRoom(request.room(), property);
    }
    if (request.conversationId() != null
        && request.conversationId().length() > Task.CONVERSATION_ID_MAX) {
      throw new InvalidTaskException("conversationId", "is not a conversation id");
    }
    if (request.bookingReference() != null
        && request.bookingReference().length() > Task.BOOKING_REFERENCE_MAX) {
      throw new InvalidTaskException(
          "bookingReference", "has at most " + Task.BOOKING_REFERENCE_MAX + " characters");
    }
  }

  static void checkRoom(String room, Property property) {
    if (!isRoom(property, room)) {
      throw new InvalidTaskException(
          "room", "'" + room + "' is not a room of " + property.getName());
    }
  }

  private static boolean isRoom(Property property, String number) {
    return property.getRoomTypes().stream()
        .map(RoomType::getRooms)
        .flatMap(List::stream)
        .map(Room::getNumber)
        .anyMatch(number::equals);
  }
}
