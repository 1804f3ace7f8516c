package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadyBannerTest {

  @Test
  void takesTheDemoHotelsPasswordsOutOfThePayaraLog() {
    String log =
        """
        [2026-11-22T08:12:28.420+0000] [Payara 6.2025.10] [INFO] [] [org.omotenashi.concierge.staff.StaffService] [[
          Staff account opened: housekeeping (DEPARTMENT)]]

        [2026-11-22T08:12:28.421+0000] [Payara 6.2025.10] [WARNING] [] [org.omotenashi.concierge.hotel.DemoPropertyInstaller] [[
         \s
        === The demo hotel SAKURA-KYO is installed. Staff accounts (shown only this once):
            admin          ADMIN       password: (CONCIERGE_ADMIN_PASSWORD)
            frontdesk      AGENT       password: FfwczG6xx8NBtsNx
        ===]]

        [2026-11-22T08:12:31.388+0000] [Payara 6.2025.10] [INFO] [] [org.glassfish.soteria] [[
        """;

    assertThat(ReadyBanner.demoBlock(log))
        .hasValue(
            String.join(
                System.lineSeparator(),
                "=== The demo hotel SAKURA-KYO is installed. Staff accounts (shown only this"
                    + " once):",
                "    admin          ADMIN       password: (CONCIERGE_ADMIN_PASSWORD)",
                "    frontdesk      AGENT       password: FfwczG6xx8NBtsNx",
                "==="));
  }

  @Test
  void aSecondStartHasNoDemoBlock() {
    assertThat(ReadyBanner.demoBlock("[INFO] Database schema at version 1\n")).isEmpty();
  }
}
