package org.omotenashi.concierge.agent.understanding;

/**
 * Whether two words are at most one edit apart in the Damerau-Levenshtein sense: one insertion,
 * deletion, substitution, or swap of two neighbouring letters ("januray" and "january", "febuary"
 * and "february", "septembro" and "setembro"). Only the distance 0 or 1 matters for correcting
 * month names, so this walks both words once instead of filling the full distance table.
 */
final class EditDistance {
  private EditDistance() {}

  static boolean atMostOne(CharSequence a, CharSequence b) {
    int lengthDifference = a.length() - b.length();
    if (lengthDifference < -1 || lengthDifference > 1) {
      return false;
    }
    int common = 0;
    int shorter = Math.min(a.length(), b.length());
    while (common < shorter && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    if (common == shorter) {
      return true;
    }
    if (lengthDifference > 0) {
      return sameFrom(a, common + 1, b, common);
    }
    if (lengthDifference < 0) {
      return sameFrom(a, common, b, common + 1);
    }
    if (sameFrom(a, common + 1, b, common + 1)) {
      return true;
    }
    return common + 1 < a.length()
        && a.charAt(common) == b.charAt(common + 1)
        && a.charAt(common + 1) == b.charAt(common)
        && sameFrom(a, common + 2, b, common + 2);
  }

  /** Whether the rest of {@code a} from {@code i} equals the rest of {@code b} from {@code j}. */
  private static boolean sameFrom(CharSequence a, int i, CharSequence b, int j) {
    if (a.length() - i != b.length() - j) {
      return false;
    }
    for (; i < a.length(); i++, j++) {
      if (a.charAt(i) != b.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
