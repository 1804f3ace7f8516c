package org.omotenashi.concierge.template.experiment;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * What the counts of an experiment say: per variant the conversion rate with a confidence interval
 * (Wilson score), and between two variants a two-proportion z-test.
 *
 * <p>For hotel staff: the 95% interval is the range of conversion rates that fits what has been
 * seen so far, computed so that 95 of 100 such intervals contain the wording's true rate, and it
 * narrows as more guests take part. The p-value is the chance of a difference at least as large as
 * the one seen if the two wordings really converted equally well, so a value below 0.05 (called
 * significant) means luck alone would rarely explain the difference.
 *
 * <p>The Wilson interval is used rather than the textbook "rate ± 1.96 standard errors" because the
 * latter collapses to a single point at 0 or 100% and leaves [0, 1] for small counts, which is
 * exactly where a new experiment starts. Every method is a pure function; the methods reject counts
 * that cannot happen (negative, or more successes than trials) with {@link
 * IllegalArgumentException}.
 */
public final class ExperimentStatistics {
  /** The confidence level of the interval shown for every variant. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /**
   * N(0, 1) for quantiles and probabilities. Without a random generator, since nothing here
   * samples; the distribution is immutable otherwise, so one instance serves every thread.
   */
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private ExperimentStatistics() {}

  /**
   * A range of proportions, both ends within [0, 1].
   *
   * @param low the lower end
   * @param high the upper end, at least {@code low}
   */
  public record Interval(double low, double high) {}

  /**
   * The outcome of comparing two proportions, A against B.
   *
   * @param z the difference A − B in standard errors: negative when A converts less than B
   * @param pValue the two-sided p-value, in [0, 1]
   */
  public record TwoProportionTest(double z, double pValue) {
    /**
     * Whether the difference is significant at a level, that is {@code pValue < alpha}.
     *
     * @param alpha the significance level, usually 0.05
     * @throws IllegalArgumentException when alpha is not strictly between 0 and 1
     */
    public boolean significantAt(double alpha) {
      if (!(alpha > 0 && alpha < 1)) {
        throw new IllegalArgumentException("alpha must be strictly between 0 and 1: " + alpha);
      }
      return pValue < alpha;
    }
  }

  /**
   * The counts of one variant, with its conversion rate and that rate's 95% Wilson interval.
   *
   * @param variant the variant's name ({@code ""} for the standard text)
   * @param sent messages sent with this variant
   * @param delivered of those, delivered
   * @param replied of those, answered by the guest
   * @param converted of those, followed by a booking within the experiment's window
   */
  public record VariantResult(
      String variant, long sent, long delivered, long replied, long converted) {
    /**
     * @throws IllegalArgumentException when a count is negative or more conversions than messages
     *     are counted (the rate and its interval would be meaningless)
     */
    public VariantResult {
      if (sent < 0 || delivered < 0 || replied < 0 || converted < 0) {
        throw new IllegalArgumentException("Counts must not be negative");
      }
      if (converted > sent) {
        throw new IllegalArgumentException(
            "More conversions (" + converted + ") than messages sent (" + sent + ")");
      }
    }

    /** Conversions per message sent; 0 while nothing has been sent. */
    public double conversionRate() {
      return sent == 0 ? 0 : (double) converted / sent;
    }

    /** The 95% Wilson interval of the conversion rate; [0, 1] while nothing has been sent. */
    public Interval interval() {
      return wilson(converted, sent, DEFAULT_CONFIDENCE);
    }
  }

  /**
   * The counts of one variant as a result.
   *
   * @throws IllegalArgumentException as {@link VariantResult#VariantResult} does
   */
  public static VariantResult result(
      String variant, long sent, long delivered, long replied, long converted) {
    return new VariantResult(variant, sent, delivered, replied, converted);
  }

  /**
   * The Wilson score interval of a proportion: the proportions p for which the observed count is
   * within z standard errors of n·p, z being the normal quantile of the confidence level.
   *
   * @param successes the count observed, between 0 and trials
   * @param trials the number of tries; with none, nothing is known and the interval is [0, 1]
   * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95%)
   * @throws IllegalArgumentException for impossible counts or a confidence level outside (0, 1)
   */
  public static Interval wilson(long successes, long trials, double confidence) {
    requireCounts(successes, trials);
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence must be strictly between 0 and 1: " + confidence);
    }
    if (trials == 0) {
      return new Interval(0, 1);
    }
    double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double n = trials;
    double p = successes / n;
    double zz = z * z;
    double denominator = 1 + zz / n;
    double centre = p + zz / (2 * n);
    double halfWidth = z * Math.sqrt(p * (1 - p) / n + zz / (4 * n * n));
    // At 0 and all successes the exact bound is 0 or 1; rounding would leave 1e-17 or 0.9999999.
    double low = successes == 0 ? 0 : Math.max(0, (centre - halfWidth) / denominator);
    double high = successes == trials ? 1 : Math.min(1, (centre + halfWidth) / denominator);
    return new Interval(low, high);
  }

  /**
   * The two-sided two-proportion z-test of A against B, with the pooled standard error (the one
   * that holds if both proportions are equal, which is what the test assumes).
   *
   * <p>Where the test cannot say anything, it reports no difference (z = 0, p = 1): when either
   * side has no trials, or when all trials on both sides failed or all succeeded.
   *
   * @throws IllegalArgumentException for impossible counts
   */
  public static TwoProportionTest twoProportionZTest(
      long successesA, long trialsA, long successesB, long trialsB) {
    requireCounts(successesA, trialsA);
    requireCounts(successesB, trialsB);
    if (trialsA == 0 || trialsB == 0) {
      return new TwoProportionTest(0, 1);
    }
    double pooled = (double) (successesA + successesB) / (trialsA + trialsB);
    if (pooled == 0 || pooled == 1) {
      // No variance at all: the standard error is 0 and the rates are identical.
      return new TwoProportionTest(0, 1);
    }
    double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / trialsA + 1.0 / trialsB));
    double z = ((double) successesA / trialsA - (double) successesB / trialsB) / standardError;
    // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)): keeps small p-values from cancelling to 0.
    double p = Math.min(1, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    return new TwoProportionTest(z, p);
  }

  private static void requireCounts(long successes, long trials) {
    if (trials < 0 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "Impossible counts: " + successes + " successes of " + trials + " trials");
    }
  }
}
