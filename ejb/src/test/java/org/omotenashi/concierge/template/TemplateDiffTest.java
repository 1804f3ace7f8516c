package org.omotenashi.concierge.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.template.TemplateDiff.DiffLine;
import org.omotenashi.concierge.template.TemplateDiff.Kind;

class TemplateDiffTest {
  private static final String OLDER =
      "Welcome to {hotelName}!\nold line\nWe look forward to your stay.";
  private static final String NEWER =
      "Welcome to {hotelName}!\nnew line\nWe look forward to your stay.";

  @Test
  void changedMiddleLineIsRemovedThenAddedBetweenUnchangedLines() {
    assertThat(TemplateDiff.diff(OLDER, NEWER))
        .containsExactly(
            new DiffLine(Kind.SAME, "Welcome to {hotelName}!"),
            new DiffLine(Kind.REMOVED, "old line"),
            new DiffLine(Kind.ADDED, "new line"),
            new DiffLine(Kind.SAME, "We look forward to your stay."));
  }

  @Test
  void identicalTextsAreAllSame() {
    assertThat(TemplateDiff.diff(OLDER, OLDER))
        .containsExactly(
            new DiffLine(Kind.SAME, "Welcome to {hotelName}!"),
            new DiffLine(Kind.SAME, "old line"),
            new DiffLine(Kind.SAME, "We look forward to your stay."));
  }

  @Test
  void linesAddedAtTheEndAndRemovedAtTheStartKeepTheirPlaces() {
    List<DiffLine> lines = TemplateDiff.diff("Dear guest,\nHello\nBye", "Hello\nBye\nSee you");

    assertThat(lines)
        .containsExactly(
            new DiffLine(Kind.REMOVED, "Dear guest,"),
            new DiffLine(Kind.SAME, "Hello"),
            new DiffLine(Kind.SAME, "Bye"),
            new DiffLine(Kind.ADDED, "See you"));
  }

  @Test
  void lineTerminatorsAreNotChanges() {
    assertThat(TemplateDiff.diff("one\ntwo\n", "one\r\ntwo"))
        .extracting(DiffLine::kind)
        .containsExactly(Kind.SAME, Kind.SAME);
  }

  @Test
  void unifiedDiffHasHeadersAndTheChangedLines() {
    String unified = TemplateDiff.unified(OLDER, NEWER, "version 1", "version 2");

    assertThat(unified)
        .contains("--- version 1\n", "+++ version 2\n", "\n-old line\n", "\n+new line\n")
        .contains("\n Welcome to {hotelName}!\n")
        .contains("@@ -1,3 +1,3 @@");
  }

  @Test
  void unifiedDiffShowsTwoLinesOfContext() {
    String older = "1\n2\n3\n4\n5\n6\n7";
    String newer = "1\n2\n3\nfour\n5\n6\n7";

    String unified = TemplateDiff.unified(older, newer, "a", "b");

    assertThat(unified).isEqualTo("--- a\n+++ b\n@@ -2,5 +2,5 @@\n 2\n 3\n-4\n+four\n 5\n 6\n");
  }

  @Test
  void unifiedDiffOfIdenticalTextsIsEmpty() {
    assertThat(TemplateDiff.unified(OLDER, OLDER, "version 1", "version 2")).isEmpty();
  }
}
