package org.omotenashi.concierge.template.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics.Interval;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics.TwoProportionTest;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics.VariantResult;

/**
 * Checks against values published or computed outside this code base, never against this code.
 *
 * <p>Sources: Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17, 857–872, Table I, method 3 (Wilson score
 * without continuity correction), printed to four decimals. The same limits, to more digits, and
 * the other values below come from SciPy 1.17.1 ({@code scipy.stats.binomtest(k, n)
 * .proportion_ci(level, method="wilson")}; {@code scipy.stats.chi2_contingency(table,
 * correction=False)}, whose Pearson statistic is z² of the pooled two-proportion test) and were
 * re-derived by hand in python3 from the formulas with z = 1.959963984540054.
 */
class ExperimentStatisticsTest {
  /** Newcombe prints four decimals. */
  private static final double PRINTED = 0.00005;

  private static final double CLOSE = 1e-9;

  @Test
  void wilsonIntervalMatchesNewcombeTableOne() {
    assertInterval(ExperimentStatistics.wilson(81, 263, 0.95), 0.2553, 0.3662, PRINTED);
    assertInterval(ExperimentStatistics.wilson(15, 148, 0.95), 0.0624, 0.1605, PRINTED);
    assertInterval(ExperimentStatistics.wilson(0, 20, 0.95), 0.0, 0.1611, PRINTED);
    assertInterval(ExperimentStatistics.wilson(1, 29, 0.95), 0.0061, 0.1718, PRINTED);
  }

  @Test
  void wilsonIntervalMatchesSciPyToNineDigits() {
    assertInterval(
        ExperimentStatistics.wilson(81, 263, 0.95), 0.2552885198782742, 0.36620957698280004, CLOSE);
  }

  @Test
  void wilsonIntervalWidensWithTheConfidenceLevel() {
    // SciPy: binomtest(81, 263).proportion_ci(0.99, method="wilson")
    assertInterval(
        ExperimentStatistics.wilson(81, 263, 0.99), 0.24013690268760768, 0.3852825023182298, CLOSE);
  }

  @Test
  void wilsonIntervalWithoutTrialsIsEverything() {
    assertThat(ExperimentStatistics.wilson(0, 0, 0.95)).isEqualTo(new Interval(0, 1));
  }

  @Test
  void wilsonIntervalOfAllOrNoSuccessesReachesTheBoundExactly() {
    Interval interval = ExperimentStatistics.wilson(29, 29, 0.95);

    // SciPy: binomtest(29, 29).proportion_ci(0.95, method="wilson") = (0.8830302015002592, 1.0)
    assertThat(interval.low()).isCloseTo(0.8830302015002592, within(CLOSE));
    assertThat(interval.high()).isEqualTo(1.0);
    assertThat(ExperimentStatistics.wilson(0, 20, 0.95).low()).isEqualTo(0.0);
  }

  @Test
  void wilsonRejectsImpossibleCountsAndLevels() {
    assertThatThrownBy(() -> ExperimentStatistics.wilson(5, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentStatistics.wilson(-1, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentStatistics.wilson(1, 4, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentStatistics.wilson(1, 4, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * 200/1000 against 250/1000. By hand: pooled p = 450/2000 = 0.225, SE = sqrt(0.225 × 0.775 ×
   * (1/1000 + 1/1000)) = 0.0186748, z = (0.20 − 0.25) / SE = −2.677398, p = erfc(|z|/√2) =
   * 0.0074196. SciPy's chi2_contingency([[200, 800], [250, 750]], correction=False) gives χ² =
   * 7.168459 = z² and p = 0.007419649. (The unpooled SE would give z = −2.6822, so the test also
   * tells the two apart.)
   */
  @Test
  void twoProportionTestMatchesTheWorkedExample() {
    TwoProportionTest test = ExperimentStatistics.twoProportionZTest(200, 1000, 250, 1000);

    assertThat(test.z()).isCloseTo(-2.677397763008329, within(1e-9));
    assertThat(test.pValue()).isCloseTo(0.007419649261025672, within(1e-9));
    assertThat(test.significantAt(0.05)).isTrue();
    assertThat(test.significantAt(0.01)).isTrue();
    assertThat(test.significantAt(0.005)).isFalse();
  }

  @Test
  void twoProportionTestIsSymmetricInItsSign() {
    TwoProportionTest test = ExperimentStatistics.twoProportionZTest(250, 1000, 200, 1000);

    assertThat(test.z()).isCloseTo(2.677397763008329, within(1e-9));
    assertThat(test.pValue()).isCloseTo(0.007419649261025672, within(1e-9));
  }

  /**
   * Unequal groups, 9/40 against 30/75. SciPy: chi2_contingency([[9, 31], [30, 45]],
   * correction=False) gives χ² = 3.564651, so |z| = 1.888028 (negative since A is lower), and p =
   * 0.0590222; by hand, pooled p = 39/115, SE = 0.092690, z = (0.225 − 0.4) / SE.
   */
  @Test
  void twoProportionTestWithUnequalGroupsIsNotSignificantAtFivePercent() {
    TwoProportionTest test = ExperimentStatistics.twoProportionZTest(9, 40, 30, 75);

    assertThat(test.z()).isCloseTo(-1.888028286, within(1e-8));
    assertThat(test.pValue()).isCloseTo(0.059022153, within(1e-8));
    assertThat(test.significantAt(0.05)).isFalse();
    assertThat(test.significantAt(0.1)).isTrue();
  }

  @Test
  void twoProportionTestWithoutInformationReportsNoDifference() {
    TwoProportionTest none = new TwoProportionTest(0, 1);

    assertThat(ExperimentStatistics.twoProportionZTest(0, 0, 5, 10)).isEqualTo(none);
    assertThat(ExperimentStatistics.twoProportionZTest(5, 10, 0, 0)).isEqualTo(none);
    assertThat(ExperimentStatistics.twoProportionZTest(0, 10, 0, 20)).isEqualTo(none);
    assertThat(ExperimentStatistics.twoProportionZTest(10, 10, 20, 20)).isEqualTo(none);
    assertThat(none.significantAt(0.05)).isFalse();
  }

  @Test
  void twoProportionTestRejectsImpossibleCounts() {
    assertThatThrownBy(() -> ExperimentStatistics.twoProportionZTest(11, 10, 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentStatistics.twoProportionZTest(1, 10, 1, -10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void variantResultHasTheConversionRateAndItsNinetyFivePercentInterval() {
    VariantResult result = ExperimentStatistics.result("B", 263, 250, 120, 81);

    assertThat(result.variant()).isEqualTo("B");
    assertThat(result.sent()).isEqualTo(263);
    assertThat(result.delivered()).isEqualTo(250);
    assertThat(result.replied()).isEqualTo(120);
    assertThat(result.converted()).isEqualTo(81);
    assertThat(result.conversionRate()).isCloseTo(0.3079847909, within(1e-9)); // 81 / 263;
    // Newcombe 1998, Table I: 81/263 -> 0.2553 to 0.3662
    assertInterval(result.interval(), 0.2553, 0.3662, PRINTED);
  }

  @Test
  void variantResultWithNothingSentHasRateZeroAndTheWholeInterval() {
    VariantResult result = ExperimentStatistics.result("", 0, 0, 0, 0);

    assertThat(result.conversionRate()).isEqualTo(0.0);
    assertThat(result.interval()).isEqualTo(new Interval(0, 1));
  }

  @Test
  void variantResultRejectsMoreConversionsThanMessages() {
    assertThatThrownBy(() -> ExperimentStatistics.result("A", 3, 3, 0, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExperimentStatistics.result("A", 3, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertInterval(Interval actual, double low, double high, double tolerance) {
    assertThat(actual.low()).as("low").isCloseTo(low, within(tolerance));
    assertThat(actual.high()).as("high").isCloseTo(high, within(tolerance));
  }
}
