package org.omotenashi.concierge.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaffAccountTest {
  private final Instant now = Instant.parse("2026-11-22T00:00:00Z");

  @Test
  void aDepartmentMemberNeedsADepartment() {
    assertThatThrownBy(() -> new StaffAccount("maria", "Maria Lopez", StaffRole.DEPARTMENT, null, "hash", now))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNewAccountIsActiveAndChangingThePasswordReplacesTheHash() {
    StaffAccount account = new StaffAccount("kenji", "Kenji Sato", StaffRole.AGENT, null, "old", now);

    account.changePassword("new", now.plusSeconds(60));

    assertThat(account.isActive()).isTrue();
    assertThat(account.getPasswordHash()).isEqualTo("new");
    assertThat(account.findDepartmentCode()).isEmpty();
  }
}
