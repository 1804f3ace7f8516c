package org.omotenashi.concierge.template.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.template.experiment.VariantAssignment.WeightedVariant;

class VariantAssignmentTest {
  private static final int GUESTS = 20_000;

  /** Shares over 20,000 guests: the standard error of a share is at most 0.35 points. */
  private static final double TOLERANCE = 0.02;

  private static final List<WeightedVariant> FIFTY_FIFTY =
      List.of(new WeightedVariant("A", 1), new WeightedVariant("B", 1));

  @Test
  void sameGuestAlwaysGetsTheSameVariant() {
    List<WeightedVariant> variants =
        List.of(
            new WeightedVariant("", 1), new WeightedVariant("B", 1), new WeightedVariant("C", 1));
    for (int i = 0; i < 200; i++) {
      String guest = "guest-" + i;
      String first = VariantAssignment.assign(9, guest, variants);
      for (int repeat = 0; repeat < 5; repeat++) {
        // A fresh list each time: the result must not depend on identity or any hidden state.
        assertThat(VariantAssignment.assign(9, guest, new ArrayList<>(variants)))
            .as(guest)
            .isEqualTo(first);
      }
    }
  }

  /**
   * Pins the documented algorithm, so that a change (another hash, byte order, bit count or key
   * format) cannot slip through. The expected values were computed outside this code base with
   * python3 as {@code h = int.from_bytes(hashlib.sha256(f"{e}:{g}".encode()).digest()[:8], "big")}
   * and {@code u = (h >> 11) / 2**53}; weights 10/20/30/40 make the cumulative bounds 0.1, 0.3, 0.6
   * and 1.0.
   */
  @Test
  void assignmentFollowsSha256OfExperimentAndGuest() {
    List<WeightedVariant> variants =
        List.of(
            new WeightedVariant("A", 10),
            new WeightedVariant("B", 20),
            new WeightedVariant("C", 30),
            new WeightedVariant("D", 40));
    // SHA-256("42:guest-3") starts 0bfd9ed4f15eb767: u = 0.046839 -> A
    assertThat(VariantAssignment.assign(42, "guest-3", variants)).isEqualTo("A");
    // SHA-256("42:guest-1") starts 5e92a772a65c575f: u = 0.369425 -> C
    assertThat(VariantAssignment.assign(42, "guest-1", variants)).isEqualTo("C");
    // SHA-256("42:guest-2") starts 9b33980c8ce0eadd: u = 0.606256 -> D
    assertThat(VariantAssignment.assign(42, "guest-2", variants)).isEqualTo("D");
    // SHA-256("1:guest-1") starts 25cc0c3912b95358: u = 0.147645 -> B (experiment id in the key)
    assertThat(VariantAssignment.assign(1, "guest-1", variants)).isEqualTo("B");
    // SHA-256 of the UTF-8 bytes of "1:ゲスト" starts 4bce6718b90a58f6: u = 0.296118 -> B
    assertThat(VariantAssignment.assign(1, "ゲスト", variants)).isEqualTo("B");
  }

  @Test
  void weightsSeventyThirtySplitGuestsSeventyThirty() {
    Map<String, Double> shares =
        shares(7, List.of(new WeightedVariant("", 70), new WeightedVariant("B", 30)));

    assertThat(shares.get("")).isCloseTo(0.70, within(TOLERANCE));
    assertThat(shares.get("B")).isCloseTo(0.30, within(TOLERANCE));
  }

  @Test
  void weightsOneOneTwoSplitGuestsAQuarterAQuarterAndAHalf() {
    Map<String, Double> shares =
        shares(
            8,
            List.of(
                new WeightedVariant("A", 1),
                new WeightedVariant("B", 1),
                new WeightedVariant("C", 2)));

    assertThat(shares.get("A")).isCloseTo(0.25, within(TOLERANCE));
    assertThat(shares.get("B")).isCloseTo(0.25, within(TOLERANCE));
    assertThat(shares.get("C")).isCloseTo(0.50, within(TOLERANCE));
  }

  @Test
  void zeroWeightVariantIsNeverAssigned() {
    Map<String, Double> between =
        shares(
            11,
            List.of(
                new WeightedVariant("A", 1),
                new WeightedVariant("paused", 0),
                new WeightedVariant("B", 1)));
    Map<String, Double> first =
        shares(12, List.of(new WeightedVariant("paused", 0), new WeightedVariant("A", 3)));

    assertThat(between).doesNotContainKey("paused");
    assertThat(between.get("A")).isCloseTo(0.5, within(TOLERANCE));
    assertThat(first).containsOnlyKeys("A");
  }

  @Test
  void assignmentsOfTwoExperimentsAreIndependent() {
    int aInBoth = 0;
    int aInFirst = 0;
    for (int i = 0; i < GUESTS; i++) {
      String guest = "guest-" + i;
      boolean first = VariantAssignment.assign(101, guest, FIFTY_FIFTY).equals("A");
      boolean second = VariantAssignment.assign(102, guest, FIFTY_FIFTY).equals("A");
      aInFirst += first ? 1 : 0;
      aInBoth += first && second ? 1 : 0;
    }

    assertThat((double) aInFirst / GUESTS).isCloseTo(0.5, within(TOLERANCE));
    // Independent means P(A in both) = 0.5 x 0.5; ignoring the experiment id would give 0.5.
    assertThat((double) aInBoth / GUESTS).isCloseTo(0.25, within(TOLERANCE));
  }

  @Test
  void invalidVariantsAreRejected() {
    assertThatThrownBy(() -> new WeightedVariant("A", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WeightedVariant(null, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                VariantAssignment.assign(
                    1, "guest", List.of(new WeightedVariant("A", 0), new WeightedVariant("B", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive weight");
    assertThatThrownBy(() -> VariantAssignment.assign(1, "guest", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VariantAssignment.assign(1, "guest", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                VariantAssignment.assign(
                    1, "guest", List.of(new WeightedVariant("A", 1), new WeightedVariant("A", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  private static Map<String, Double> shares(long experimentId, List<WeightedVariant> variants) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < GUESTS; i++) {
      counts.merge(VariantAssignment.assign(experimentId, "guest-" + i, variants), 1, Integer::sum);
    }
    Map<String, Double> shares = new HashMap<>();
    counts.forEach((variant, count) -> shares.put(variant, (double) count / GUESTS));
    return shares;
  }
}
