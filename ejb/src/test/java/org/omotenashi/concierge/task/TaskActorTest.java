package org.omotenashi.concierge.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskActorTest {
  @Test
  void aDepartmentMemberSeesOnlyTheirDepartment() {
    TaskActor housekeeper = TaskActor.departmentMember("mika", "HOUSEKEEPING");
    TaskFilter all = TaskFilter.all();

    assertThat(housekeeper.scope(all))
        .hasValueSatisfying(f -> assertThat(f.department()).isEqualTo("HOUSEKEEPING"));
    assertThat(housekeeper.scope(all.withDepartment("maintenance"))).isEmpty();
    assertThat(TaskActor.frontOffice("admin").scope(all)).contains(all);
  }

  @Test
  void anUnreasonableLimitIsABadFilter() {
    assertThatThrownBy(() -> new TaskFilter(null, null, null, 0))
        .isInstanceOf(InvalidTaskFilterException.class);
  }

  @Test
  void anotherDepartmentsTaskIsNotForADepartmentMember() {
    Task leak =
        new Task(
            NewTask.of("MAINTENANCE", "402", "Shower leaks", TaskPriority.URGENT), Instant.EPOCH);

    assertThat(TaskActor.departmentMember("mika", "HOUSEKEEPING").maySee(leak)).isFalse();
    assertThat(TaskActor.departmentMember("ken", "MAINTENANCE").maySee(leak)).isTrue();
    assertThat(TaskActor.frontOffice("frontdesk").maySee(leak)).isTrue();
  }
}
