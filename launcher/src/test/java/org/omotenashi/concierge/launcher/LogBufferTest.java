package org.omotenashi.concierge.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBufferTest {

  @Test
  void keepsTextWithoutColourCodesButPassesLinesOnAsPrinted() {
    List<String> console = new ArrayList<>();
    LogBuffer log = new LogBuffer(console::add);
    String coloured = "[\u001B[1;92mINFO\u001B[0m] [\u001B[1;94mPayaraMicro\u001B[0m] ready";

    log.append(coloured);

    assertThat(log.text()).isEqualTo("[INFO] [PayaraMicro] ready\n");
    assertThat(console).containsExactly(coloured);
  }

  @Test
  void keepsOnlyTheMostRecentLinesOnceFull() {
    LogBuffer log = new LogBuffer(line -> {}, 1000);
    for (int i = 1; i <= 500; i++) {
      log.append("line " + i);
    }

    assertThat(log.text().length()).isLessThanOrEqualTo(1000);
    assertThat(log.text()).startsWith("line ").endsWith("line 500\n").doesNotContain("line 1\n");
    assertThat(log.tail(2)).isEqualTo("line 499\nline 500");
  }
}
