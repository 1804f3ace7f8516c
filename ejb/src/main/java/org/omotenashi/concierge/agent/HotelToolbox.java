package org.omotenashi.concierge.agent;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.agent.dialogue.AgentTools;
import org.omotenashi.concierge.agent.dialogue.ServiceTaskRequest;
import org.omotenashi.concierge.booking.Actor;
import org.omotenashi.concierge.booking.BookingChangeRequest;
import org.omotenashi.concierge.booking.BookingReference;
import org.omotenashi.concierge.booking.BookingRequest;
import org.omotenashi.concierge.booking.BookingService;
import org.omotenashi.concierge.booking.BookingStatus;
import org.omotenashi.concierge.booking.PmsBooking;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayRequest;
import org.omotenashi.concierge.messaging.Conversation;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.task.NewTask;
import org.omotenashi.concierge.task.TaskPriority;
import org.omotenashi.concierge.task.TaskService;

/**
 * The agent's tools for one guest message, on the hotel's real services: bookings through the
 * configured PMS with the guest's conversation as the actor, tasks tied to the message (so a
 * message handled twice after a crash makes one task).
 */
final class HotelToolbox implements AgentTools {
  private final BookingService bookings;
  private final TaskService tasks;
  private final EntityManager em;
  private final Conversation conversation;
  private final Message message;
  private List<String> guestConversationIds;

  HotelToolbox(
      BookingService bookings,
      TaskService tasks,
      EntityManager em,
      Conversation conversation,
      Message message) {
    this.bookings = bookings;
    this.tasks = tasks;
    this.em = em;
    this.conversation = conversation;
    this.message = message;
  }

  @Override
  public List<RoomTypeAvailability> checkAvailability(StayRequest stay) {
    return bookings.availability(stay);
  }

  @Override
  public PmsBooking createBooking(BookingRequest request) {
    return bookings.create(request, actor());
  }

  @Override
  public Optional<PmsBooking> getBooking(BookingReference reference) {
    return bookings.find(reference);
  }

  @Override
  public boolean madeByThisGuest(PmsBooking booking) {
    return booking.conversationId() != null
        && guestConversationIds().contains(booking.conversationId());
  }

  @Override
  public Optional<PmsBooking> findOnlyBookingOfThisGuest() {
    List<PmsBooking> own = bookings.findMadeInConversations(guestConversationIds());
    return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
  }

  @Override
  public PmsBooking modifyBooking(BookingReference reference, BookingChangeRequest change) {
    return bookings.modify(reference, change, actor());
  }

  @Override
  public BigDecimal cancellationFee(PmsBooking booking) {
    return bookings.cancellationFee(booking);
  }

  @Override
  public PmsBooking cancelBooking(BookingReference reference) {
    return bookings.cancel(reference, actor());
  }

  @Override
  public long createServiceRequest(ServiceTaskRequest request) {
    return tasks
        .create(
            new NewTask(
                request.department(),
                request.room(),
                request.summary(),
                request.priority(),
                conversation.getId(),
                message.getId(),
                null,
                request.dueAt()))
        .getId();
  }

  @Override
  public void assignRoomToTask(long taskId, String room) {
    tasks.locateIn(taskId, room);
  }

  @Override
  public Optional<String> findCurrentRoomOfThisGuest() {
    return bookings.findMadeInConversations(guestConversationIds()).stream()
        .filter(booking -> booking.status() == BookingStatus.CHECKED_IN && booking.room() != null)
        .map(PmsBooking::room)
        .findFirst();
  }

  private Actor actor() {
    return Actor.guest(conversation.getId());
  }

  /** Read once a turn: several tools may ask. */
  private List<String> guestConversationIds() {
    if (guestConversationIds == null) {
      guestConversationIds =
          em.createQuery("SELECT c.id FROM Conversation c WHERE c.guest = :guest", String.class)
              .setParameter("guest", conversation.getGuest())
              .getResultList();
    }
    return guestConversationIds;
  }
}
