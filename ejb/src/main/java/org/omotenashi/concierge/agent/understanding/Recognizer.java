package org.omotenashi.concierge.agent.understanding;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds one kind of mention in a message. Implementations compile their patterns once and keep no
 * state between calls, so one instance serves every thread.
 */
interface Recognizer {

  /**
   * A message ready to be read: folded, with misspelled months corrected, in lower case and with
   * non-dates blanked ({@link NonDates}) in {@code text}; {@code cased} is the same before lower
   * case, letter for letter, for the rare word whose meaning depends on case. Read in a
   * conversation's language, on a given day in the hotel's time zone.
   */
  record Scan(String text, String cased, ConversationLanguage conversation, LocalDate today) {
    GuestLanguage language() {
      return conversation.language();
    }

    /** Whether the text holds a digit: most dates need one, and most chat messages have none. */
    boolean hasDigit() {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          return true;
        }
      }
      return false;
    }
  }

  void recognize(Scan scan, List<Mention> found);
}
