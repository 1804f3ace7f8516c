package org.omotenashi.concierge.template;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares two versions of a template text line by line, for staff deciding what an edit changed or
 * which version to roll back to.
 *
 * <p>Lines are compared whole and exactly (case, spaces, placeholders). Line terminators are not
 * part of a line: {@code \n}, {@code \r\n} and {@code \r} all end one, and a final line terminator
 * makes no line of its own, so a text saved from a browser with CRLF is not reported as changed
 * everywhere. Both methods rely on java-diff-utils' Myers diff; they are pure functions.
 */
public final class TemplateDiff {
  /** Unchanged lines shown around each change in the unified form. */
  static final int UNIFIED_CONTEXT_LINES = 2;

  private TemplateDiff() {}

  /** What happened to a line between the older and the newer text. */
  public enum Kind {
    /** In both texts. */
    SAME,
    /** Only in the older text. */
    REMOVED,
    /** Only in the newer text. */
    ADDED
  }

  /**
   * One line of the comparison.
   *
   * @param kind whether the line stayed, went or came
   * @param text the line, without its terminator
   */
  public record DiffLine(Kind kind, String text) {}

  /**
   * Every line of both texts in reading order: unchanged lines once, and where lines changed, the
   * removed ones followed by the added ones that replace them.
   *
   * @param older the earlier text, never null
   * @param newer the later text, never null
   */
  public static List<DiffLine> diff(String older, String newer) {
    List<String> original = lines(older, "older");
    List<String> revised = lines(newer, "newer");
    Patch<String> patch = DiffUtils.diff(original, revised);
    List<DiffLine> result = new ArrayList<>(original.size() + revised.size());
    int next = 0; // the first line of the original not yet emitted
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int position = delta.getSource().getPosition();
      for (; next < position; next++) {
        result.add(new DiffLine(Kind.SAME, original.get(next)));
      }
      for (String line : delta.getSource().getLines()) {
        result.add(new DiffLine(Kind.REMOVED, line));
      }
      for (String line : delta.getTarget().getLines()) {
        result.add(new DiffLine(Kind.ADDED, line));
      }
      next = position + delta.getSource().size();
    }
    for (; next < original.size(); next++) {
      result.add(new DiffLine(Kind.SAME, original.get(next)));
    }
    return List.copyOf(result);
  }

  /**
   * The comparison as a unified diff ({@code ---}/{@code +++} headers, {@code @@} hunks) with two
   * lines of context, each line ending in {@code \n}; empty when the texts have the same lines.
   *
   * @param older the earlier text, never null
   * @param newer the later text, never null
   * @param olderName the label of the {@code ---} header, such as "version 3"
   * @param newerName the label of the {@code +++} header
   */
  public static String unified(String older, String newer, String olderName, String newerName) {
    List<String> original = lines(older, "older");
    List<String> revised = lines(newer, "newer");
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(
            Objects.requireNonNull(olderName, "olderName"),
            Objects.requireNonNull(newerName, "newerName"),
            original,
            DiffUtils.diff(original, revised),
            UNIFIED_CONTEXT_LINES);
    StringBuilder text = new StringBuilder();
    for (String line : unified) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  private static List<String> lines(String text, String name) {
    return Objects.requireNonNull(text, name).lines().toList();
  }
}
