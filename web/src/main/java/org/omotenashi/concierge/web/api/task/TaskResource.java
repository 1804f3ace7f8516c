package org.omotenashi.concierge.web.api.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.staff.StaffAccount;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.staff.StaffService;
import org.omotenashi.concierge.task.InvalidTaskFilterException;
import org.omotenashi.concierge.task.NewTask;
import org.omotenashi.concierge.task.Task;
import org.omotenashi.concierge.task.TaskActor;
import org.omotenashi.concierge.task.TaskChange;
import org.omotenashi.concierge.task.TaskFilter;
import org.omotenashi.concierge.task.TaskPriority;
import org.omotenashi.concierge.task.TaskService;
import org.omotenashi.concierge.task.TaskStatus;

/**
 * The departments' tasks for staff. Administrators and front-office agents see and change every
 * task; a department's member sees and changes only their department's: the list is narrowed to it,
 * and another department's task answers 404 as if it did not exist. Anyone signed in may write a
 * task down for any department.
 */
@Path("v1/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tasks")
@RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT, StaffRole.Names.DEPARTMENT})
public class TaskResource {
  /** The access token's claim that names a department member's department (TokenService). */
  static final String DEPARTMENT_CLAIM = "department";

  @Inject TaskService tasks;
  @Inject StaffService staff;
  @Context SecurityContext security;

  // Request records declare their canonical constructor: see AuthResource.

  /**
   * {@code messageId}: the guest message the task answers, when staff make it from one; writing it
   * down twice gives the same task.
   */
  public record NewTaskBody(
      @NotBlank @Size(max = Task.DEPARTMENT_MAX) String department,
      @Size(max = Task.ROOM_MAX) String room,
      @NotBlank @Size(max = Task.SUMMARY_MAX) String summary,
      TaskPriority priority,
      @Size(max = Task.CONVERSATION_ID_MAX) String conversationId,
      Long messageId,
      @Size(max = Task.BOOKING_REFERENCE_MAX) String bookingReference,
      Instant dueAt) {
    public NewTaskBody(
        String department,
        String room,
        String summary,
        TaskPriority priority,
        String conversationId,
        Long messageId,
        String bookingReference,
        Instant dueAt) {
      this.department = department;
      this.room = room;
      this.summary = summary;
      this.priority = priority;
      this.conversationId = conversationId;
      this.messageId = messageId;
      this.bookingReference = bookingReference;
      this.dueAt = dueAt;
    }

    NewTask request() {
      return new NewTask(
          department, room, summary, priority, conversationId, messageId, bookingReference, dueAt);
    }
  }

  /** {@code assignee}: a staff member's user name, or {@code ""} for nobody. */
  public record ChangeBody(TaskStatus status, @Size(max = Task.ASSIGNEE_MAX) String assignee) {
    public ChangeBody(TaskStatus status, String assignee) {
      this.status = status;
      this.assignee = assignee;
    }
  }

  @GET
  @Operation(
      summary =
          "Tasks, newest first;"
              + " ?conversationId=&department=&status=OPEN|IN_PROGRESS|DONE|CANCELLED&limit=")
  public List<TaskView> list(
      @QueryParam("conversationId") String conversationId,
      @QueryParam("department") String department,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit) {
    TaskFilter filter = new TaskFilter(conversationId, department, status(status), limit(limit));
    return tasks.list(filter, actor()).stream().map(TaskView::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One task")
  public TaskView get(@PathParam("id") long id) {
    return TaskView.of(tasks.get(id, actor()));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a task down for a department; 201, or 200 with the existing task when one was made"
              + " from the same message for the same department")
  public Response create(@NotNull @Valid NewTaskBody body, @Context UriInfo uri) {
    NewTask request = body.request();
    boolean existed =
        request.messageId() != null
            && request.department() != null
            && tasks.findByMessage(request.messageId(), request.department()).isPresent();
    Task task = tasks.create(request);
    if (existed) {
      return Response.ok(TaskView.of(task)).build();
    }
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(task.getId())).build())
        .entity(TaskView.of(task))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change the status (start, complete, cancel, put back) or the assignee; 409 when the"
              + " status does not allow it")
  public TaskView change(@PathParam("id") long id, @NotNull @Valid ChangeBody body) {
    return TaskView.of(tasks.change(id, new TaskChange(body.status(), body.assignee()), actor()));
  }

  private TaskActor actor() {
    Principal principal = security.getUserPrincipal();
    String username = principal.getName();
    if (!security.isUserInRole(StaffRole.Names.DEPARTMENT)) {
      return TaskActor.frontOffice(username);
    }
    String department =
        departmentClaim(principal)
            .or(() -> staff.findByUsername(username).flatMap(StaffAccount::findDepartmentCode))
            .orElseThrow(() -> new ForbiddenException("A department member without a department"));
    return TaskActor.departmentMember(username, department);
  }

  private static Optional<String> departmentClaim(Principal principal) {
    if (principal instanceof JsonWebToken token) {
      Object claim = token.getClaim(DEPARTMENT_CLAIM);
      if (claim instanceof JsonString text) {
        return Optional.of(text.getString());
      }
      if (claim != null) {
        return Optional.of(claim.toString());
      }
    }
    return Optional.empty();
  }

  private static TaskStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return TaskStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidTaskFilterException(
          "status", "'" + value + "' is not one of " + List.of(TaskStatus.values()));
    }
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return TaskFilter.DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidTaskFilterException("limit", "'" + value + "' is not a whole number");
    }
  }
}
