package org.omotenashi.concierge.agent.understanding;

import java.util.regex.Pattern;

/**
 * Tells a farewell ("see you tomorrow", "Gracias, hasta mañana", "à demain", "Bis Freitag!", "また
 * 明日") from a stay's end ("¿puedo quedarme hasta mañana?", "wir bleiben bis Freitag"): "see you"
 * anywhere, or "hasta", "à", "até", "bis" opening a clause.
 */
final class Farewells {
  private static final Pattern FAREWELL =
      Rx.endingWith(WordTables.all(RelativeWords.FAREWELL_BEFORE));
  private static final Pattern SEE_YOU = Rx.endingWith(RelativeWords.SEE_YOU);
  private static final Pattern JAPANESE = Pattern.compile("また\\s*$");

  /** Start of the text, a punctuation mark, or "and": where a clause opens. */
  static final Pattern CLAUSE_START =
      Rx.compile(
          "(?:(?<![\\s\\S])|[.,!?;:¡¿\\n]|"
              + Rx.words(WordTables.all(WordTables.RANGE_AND))
              + ")\\s*$");

  private Farewells() {}

  /** Whether the day named at {@code start} is part of a farewell. */
  static boolean before(String text, int start) {
    if (Rx.before(SEE_YOU, text, start, 20) || Rx.before(JAPANESE, text, start, 4)) {
      return true;
    }
    int farewell = Rx.startBefore(FAREWELL, text, start, 12);
    return farewell >= 0 && Rx.before(CLAUSE_START, text, farewell, 8);
  }
}
