package org.omotenashi.concierge.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {
  private static final Instant CREATED = Instant.parse("2027-01-15T01:00:00Z");
  private static final Instant LATER = CREATED.plusSeconds(600);

  private static Task towels() {
    return new Task(NewTask.of("HOUSEKEEPING", "305", "Two extra towels", null), CREATED);
  }

  @Test
  void aNewTaskIsOpenUnassignedAndOfNormalPriority() {
    Task task = towels();

    assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
    assertThat(task.getAssignee()).isNull();
    assertThat(task.getPriority()).isEqualTo(TaskPriority.NORMAL);
    assertThat(task.getCreatedAt()).isEqualTo(task.getUpdatedAt()).isEqualTo(CREATED);
  }

  @Test
  void startingGivesTheTaskToItsAssigneeAndCompletingFinishesIt() {
    Task task = towels();

    task.start("mika", LATER);
    assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.getAssignee()).isEqualTo("mika");

    task.complete(LATER.plusSeconds(60));
    assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(task.getUpdatedAt()).isEqualTo(LATER.plusSeconds(60));
  }

  @Test
  void anOpenTaskCanBeCompletedOrCancelledDirectly() {
    Task quick = towels();
    quick.complete(LATER);
    assertThat(quick.getStatus()).isEqualTo(TaskStatus.DONE);

    Task unwanted = towels();
    unwanted.cancel(LATER);
    assertThat(unwanted.getStatus()).isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void aFinishedTaskCanNeitherBeReopenedNorStartedNorReassigned() {
    Task task = towels();
    task.complete(LATER);

    assertThatThrownBy(() -> task.change(TaskChange.to(TaskStatus.OPEN), "admin", LATER))
        .isInstanceOf(TaskStateException.class)
        .hasMessageContaining("DONE");
    assertThatThrownBy(() -> task.start("mika", LATER)).isInstanceOf(TaskStateException.class);
    assertThatThrownBy(() -> task.cancel(LATER)).isInstanceOf(TaskStateException.class);
    assertThatThrownBy(() -> task.assignTo("mika", LATER)).isInstanceOf(TaskStateException.class);
    assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(task.getUpdatedAt()).isEqualTo(LATER);
  }

  @Test
  void aCancelledTaskCannotBeCompleted() {
    Task task = towels();
    task.cancel(LATER);

    assertThatThrownBy(() -> task.complete(LATER)).isInstanceOf(TaskStateException.class);
  }

  @Test
  void aTaskInProgressIsPutBackToOpenKeepingItsAssignee() {
    Task task = towels();
    task.start("mika", LATER);

    task.putBack(LATER);

    assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
    assertThat(task.getAssignee()).isEqualTo("mika");
    assertThatThrownBy(() -> task.putBack(LATER)).isInstanceOf(TaskStateException.class);
  }

  @Test
  void aTaskInProgressCannotBeLeftWithoutAnAssignee() {
    Task task = towels();
    task.start("mika", LATER);

    assertThatThrownBy(() -> task.assignTo(null, LATER)).isInstanceOf(TaskStateException.class);
    assertThatThrownBy(() -> task.change(new TaskChange(null, ""), "admin", LATER))
        .isInstanceOf(TaskStateException.class);
    assertThat(task.getAssignee()).isEqualTo("mika");
  }

  @Test
  void startingWithoutAnAssigneeNamedGivesTheTaskToWhoeverStartsIt() {
    Task task = towels();

    task.change(TaskChange.to(TaskStatus.IN_PROGRESS), "kenji", LATER);

    assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.getAssignee()).isEqualTo("kenji");
  }

  @Test
  void startingAnAssignedTaskKeepsItsAssignee() {
    Task task = towels();
    task.assignTo("mika", LATER);

    task.change(TaskChange.to(TaskStatus.IN_PROGRESS), "frontdesk", LATER);

    assertThat(task.getAssignee()).isEqualTo("mika");
  }

  @Test
  void aChangeCanReassignAndFinishAtOnce() {
    Task task = towels();
    task.start("mika", LATER);

    task.change(new TaskChange(TaskStatus.DONE, "kenji"), "admin", LATER);

    assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
    assertThat(task.getAssignee()).isEqualTo("kenji");
  }

  @Test
  void askingForTheStatusTheTaskHasChangesOnlyTheAssignee() {
    Task task = towels();
    task.start("mika", LATER);

    task.change(new TaskChange(TaskStatus.IN_PROGRESS, "kenji"), "admin", LATER.plusSeconds(5));

    assertThat(task.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
    assertThat(task.getAssignee()).isEqualTo("kenji");
  }

  @Test
  void anOpenTaskIsUnassignedByABlankAssignee() {
    Task task = towels();
    task.assignTo("mika", LATER);

    task.change(new TaskChange(null, "  "), "admin", LATER);

    assertThat(task.getAssignee()).isNull();
  }

  @Test
  void aTaskNeedsADepartmentAndASummaryOfAtMost500Characters() {
    assertThatThrownBy(() -> new Task(NewTask.of("HOUSEKEEPING", null, " ", null), CREATED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Task(NewTask.of(null, null, "Towels", null), CREATED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Task(NewTask.of("SPA", null, "x".repeat(501), null), CREATED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewTaskTakesCodesInUpperCaseAndBlanksAsAbsent() {
    NewTask request =
        new NewTask(" housekeeping ", " ", " Towels ", null, "", null, "skr-7k3q9p", null);

    assertThat(request.department()).isEqualTo("HOUSEKEEPING");
    assertThat(request.room()).isNull();
    assertThat(request.summary()).isEqualTo("Towels");
    assertThat(request.conversationId()).isNull();
    assertThat(request.bookingReference()).isEqualTo("SKR-7K3Q9P");
    assertThat(request.priority()).isEqualTo(TaskPriority.NORMAL);
  }
}
