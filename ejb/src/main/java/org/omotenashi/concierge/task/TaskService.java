package org.omotenashi.concierge.task;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.messaging.Conversation;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.staff.StaffAccount;
import org.omotenashi.concierge.staff.StaffService;

/**
 * The task use cases, for the agent and for staff: creating a task for one of the property's
 * departments (once per guest message and department), listing and reading tasks, and changing
 * their status or assignee. Department members see only their department's tasks ({@link
 * TaskActor}).
 */
@Stateless
public class TaskService {
  private static final Logger LOG = Logger.getLogger(TaskService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PropertyService properties;
  @Inject StaffService staff;
  @Inject TaskMetrics metrics;
  @Inject Clock clock;

  /**
   * Creates an open task, or returns the one that already exists for the same guest message and
   * department: a message handled twice (after a crash) never makes a second task. Fails with
   * {@link InvalidTaskException} naming the field for an unknown department or room, a missing or
   * too long summary, an unknown conversation or message, or a message of another conversation.
   *
   * <p>Should two transactions handle the same message at the same moment, the unique index (V6)
   * refuses the second task: that transaction fails and rolls back, and its retry finds the first.
   */
  public Task create(NewTask request) {
    Property property = properties.getProperty();
    TaskChecks.checkNew(request, property);
    NewTask linked = linkToConversation(request);
    if (linked.messageId() != null) {
      Optional<Task> existing = findByMessage(linked.messageId(), linked.department());
      if (existing.isPresent()) {
        return existing.get();
      }
    }
    Task task = new Task(linked, now());
    em.persist(task);
    // Now rather than at commit: the id for the caller, and the unique index's word on doubles.
    em.flush();
    metrics.watch(property);
    LOG.info(
        () -> "Task " + task.getId() + " for " + task.getDepartment() + ": " + task.getSummary());
    return task;
  }

  /** The task made from this guest message for this department, if there is one. */
  public Optional<Task> findByMessage(long messageId, String department) {
    return em.createQuery(
            "SELECT t FROM Task t WHERE t.messageId = :message AND t.department = :department",
            Task.class)
        .setParameter("message", messageId)
        .setParameter("department", department)
        .getResultStream()
        .findFirst();
  }

  /** Tasks by conversation, department and status (each optional), newest first. */
  public List<Task> list(TaskFilter filter) {
    StringBuilder jpql = new StringBuilder("SELECT t FROM Task t WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.conversationId() != null) {
      jpql.append(" AND t.conversationId = :conversation");
      parameters.put("conversation", filter.conversationId());
    }
    if (filter.department() != null) {
      jpql.append(" AND t.department = :department");
      parameters.put("department", filter.department());
    }
    if (filter.status() != null) {
      jpql.append(" AND t.status = :status");
      parameters.put("status", filter.status());
    }
    TypedQuery<Task> query =
        em.createQuery(jpql.append(" ORDER BY t.createdAt DESC, t.id DESC").toString(), Task.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(filter.limit()).getResultList();
  }

  /** Like {@link #list(TaskFilter)}, limited to the tasks {@code actor} may see. */
  public List<Task> list(TaskFilter filter, TaskActor actor) {
    return actor.scope(filter).map(this::list).orElse(List.of());
  }

  public Optional<Task> find(long id) {
    return Optional.ofNullable(em.find(Task.class, id));
  }

  public Task get(long id) {
    return find(id).orElseThrow(() -> new TaskNotFoundException(id));
  }

  /** The task, if {@code actor} may see it; another department's task is not found for them. */
  public Task get(long id, TaskActor actor) {
    return find(id).filter(actor::maySee).orElseThrow(() -> new TaskNotFoundException(id));
  }

  /** Gives a task the room the guest named after asking for it (422 for a room the hotel lacks). */
  public Task locateIn(long id, String room) {
    TaskChecks.checkRoom(room, properties.getProperty());
    Task task = get(id);
    task.locateIn(room, now());
    return task;
  }

  /**
   * Changes status and/or assignee, as {@link Task#change} describes. 409 ({@link
   * TaskStateException}) for a transition the status does not allow or when someone else changed
   * the task at the same time; 422 for an assignee who is not an active staff member.
   */
  public Task change(long id, TaskChange change, TaskActor actor) {
    if (change.isEmpty()) {
      throw new InvalidTaskException(
          "body", "names nothing to change: give a status or an assignee");
    }
    Task task = get(id, actor);
    if (change.assignee() != null && !change.assignee().isEmpty()) {
      checkAssignee(change.assignee());
    }
    TaskStatus before = task.getStatus();
    task.change(change, actor.username(), now());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new TaskStateException(
          "Task " + id + " was changed by someone else just now: load it again");
    }
    LOG.info(
        () ->
            "Task "
                + id
                + " "
                + before
                + " -> "
                + task.getStatus()
                + " (assignee "
                + task.getAssignee()
                + ") by "
                + actor.username());
    return task;
  }

  /**
   * Now, to the microsecond that PostgreSQL keeps: the task a call answers with reads the same as
   * the task read back later.
   */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private void checkAssignee(String username) {
    if (staff.findByUsername(username).filter(StaffAccount::isActive).isEmpty()) {
      throw new InvalidTaskException(
          "assignee", "'" + username + "' is not an active staff member");
    }
  }

  /**
   * The conversation of the message, checked to exist: the database would refuse a dangling one.
   */
  private NewTask linkToConversation(NewTask request) {
    String conversationId = request.conversationId();
    if (request.messageId() != null) {
      Message message = em.find(Message.class, request.messageId());
      if (message == null) {
        throw new InvalidTaskException("messageId", "is not a message");
      }
      String ofMessage = message.getConversation().getId();
      if (conversationId != null && !conversationId.equals(ofMessage)) {
        throw new InvalidTaskException(
            "messageId", "is not a message of conversation " + conversationId);
      }
      conversationId = ofMessage;
    } else if (conversationId != null && em.find(Conversation.class, conversationId) == null) {
      throw new InvalidTaskException(
          "conversationId", "'" + conversationId + "' is not a conversation");
    }
    return new NewTask(
        request.department(),
        request.room(),
        request.summary(),
        request.priority(),
        conversationId,
        request.messageId(),
        request.bookingReference(),
        request.dueAt());
  }
}
