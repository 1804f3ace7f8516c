package org.omotenashi.concierge.agent.understanding;

/**
 * Something a recognizer found in the message, with where it stands ({@code start} inclusive,
 * {@code end} exclusive, in the folded text): a date, a range of two dates, or a number of nights.
 * Where mentions overlap, the longer one is what the guest wrote ("del 3 al 5 de marzo" over "5 de
 * marzo").
 */
sealed interface Mention {
  int start();

  int end();

  default int length() {
    return end() - start();
  }

  default boolean overlaps(Mention other) {
    return start() < other.end() && other.start() < end();
  }

  /**
   * One date. A farewell ("hasta mañana", "see you tomorrow", "bis morgen") names a day but not a
   * stay: it only counts as the end of a range ("von heute bis morgen").
   */
  record Date(int start, int end, DateSpec date, boolean farewell) implements Mention {
    Date(int start, int end, DateSpec date) {
      this(start, end, date, false);
    }
  }

  /**
   * Check-in and check-out together. {@code impliedCheckOut} when the guest did not name the
   * departure ("this weekend" ends on Sunday): a number of nights said separately then wins.
   */
  record Range(int start, int end, DateSpec checkIn, DateSpec checkOut, boolean impliedCheckOut)
      implements Mention {
    Range(int start, int end, DateSpec checkIn, DateSpec checkOut) {
      this(start, end, checkIn, checkOut, false);
    }
  }

  record Nights(int start, int end, int nights) implements Mention {}
}
