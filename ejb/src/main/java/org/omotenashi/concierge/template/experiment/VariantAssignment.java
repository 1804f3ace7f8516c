package org.omotenashi.concierge.template.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Picks which variant of an experiment a guest reads, in proportion to the variants' weights.
 *
 * <p>The choice is a pure function of the experiment, the guest and the variant list: the SHA-256
 * of {@code experimentId + ":" + guestKey} (UTF-8), its first eight bytes read as an unsigned
 * big-endian number whose top 53 bits become a number {@code u} in [0, 1), and the first variant
 * whose cumulative weight, in the list's order, exceeds {@code u} times the total weight. So:
 *
 * <ul>
 *   <li>the same guest gets the same variant on every server and after every restart, without a
 *       lookup or a lock on the hot path of sending a message;
 *   <li>over many guests the shares approach the weights, and a variant of weight 0 is never
 *       chosen;
 *   <li>the experiment id is part of the hash, so a guest's variant in one experiment says nothing
 *       about their variant in another (no guest is "always B").
 * </ul>
 *
 * <p>Deterministic is not the same as stable, though: the result depends on the weights and the
 * order of the list, so changing the weights of a running experiment would move some guests to
 * another variant halfway through their stay, mixing what they read and spoiling the counts of both
 * variants. The service therefore stores a guest's first assignment and uses the stored one from
 * then on; this class only decides that first assignment (and recomputing it gives the same answer
 * as long as nothing was changed, which keeps concurrent first messages consistent).
 *
 * <p>Stateless and safe to call from any thread.
 */
public final class VariantAssignment {
  /** 2<sup>-53</sup>: turns a 53-bit integer into a double in [0, 1) without rounding. */
  private static final double TWO_TO_MINUS_53 = 0x1.0p-53;

  private VariantAssignment() {}

  /**
   * A variant of an experiment and its relative share of guests.
   *
   * @param name the variant's name; {@code ""} is the standard text
   * @param weight a share relative to the other variants' weights, not a percentage; a variant of
   *     weight 0 is never assigned
   */
  public record WeightedVariant(String name, int weight) {
    /**
     * @throws IllegalArgumentException when the name is null or the weight is negative
     */
    public WeightedVariant {
      if (name == null) {
        throw new IllegalArgumentException("A variant needs a name (\"\" for the standard text)");
      }
      if (weight < 0) {
        throw new IllegalArgumentException(
            "The weight of variant '" + name + "' must not be negative: " + weight);
      }
    }
  }

  /**
   * The variant that a guest reads in an experiment, the same one every time for the same inputs.
   *
   * @param experimentId the experiment, so that assignments of different experiments are
   *     independent
   * @param guestKey what identifies the guest across conversations (never null)
   * @param variants the variants with their weights, in a fixed order (the order is part of the
   *     assignment)
   * @return the name of the chosen variant
   * @throws IllegalArgumentException when there are no variants, one is null, two share a name, or
   *     no weight is positive
   */
  public static String assign(long experimentId, String guestKey, List<WeightedVariant> variants) {
    Objects.requireNonNull(guestKey, "guestKey");
    long total = validatedTotalWeight(variants);
    double target = unitInterval(experimentId + ":" + guestKey) * total;
    long cumulative = 0;
    WeightedVariant lastPositive = null;
    for (WeightedVariant variant : variants) {
      if (variant.weight() == 0) {
        continue;
      }
      cumulative += variant.weight();
      lastPositive = variant;
      if (target < cumulative) {
        return variant.name();
      }
    }
    // Only reachable when u * total rounds up to total itself for u just below 1.
    return lastPositive.name();
  }

  private static long validatedTotalWeight(List<WeightedVariant> variants) {
    if (variants == null || variants.isEmpty()) {
      throw new IllegalArgumentException("An experiment needs at least one variant");
    }
    Set<String> names = new HashSet<>();
    long total = 0;
    for (WeightedVariant variant : variants) {
      if (variant == null) {
        throw new IllegalArgumentException("A variant must not be null");
      }
      if (!names.add(variant.name())) {
        // Two entries with one name would make that variant's share differ from its weight.
        throw new IllegalArgumentException("Variant '" + variant.name() + "' is listed twice");
      }
      total += variant.weight();
    }
    if (total == 0) {
      throw new IllegalArgumentException("At least one variant needs a positive weight");
    }
    return total;
  }

  /** The top 53 bits of the hash's first eight bytes, as a double in [0, 1). */
  private static double unitInterval(String key) {
    byte[] hash = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
    long first64 = ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
    // A double holds 53 bits exactly: the unsigned shift keeps the top ones and drops the sign.
    return (first64 >>> 11) * TWO_TO_MINUS_53;
  }

  private static MessageDigest sha256() {
    try {
      // A new instance per call: MessageDigest is not thread-safe, and creating one is cheap.
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }
}
