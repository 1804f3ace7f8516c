package org.omotenashi.concierge.agent.understanding;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of departure said with a verb and a bare day after an arrival with its month: "we arrive
 * on June 8 and leave on the 11th", "llegamos el 8 de junio y salimos el 11", "arrivée le 8 juin,
 * départ le 11", "Anreise 8. Juni, Abreise am 11.", "entrada 8 de junho e saída dia 11". The
 * month is the arrival's (or the next, when the day is earlier): the dialogue puts it there.
 */
public final class DepartureDay {
  private static final Pattern DEPARTURE =
      Pattern.compile(
          "(?iu)(?:leave|leaving|depart(?:ure|ing)?|check(?:ing)? ?out|salimos|salgo|salida|nos vamos"
              + "|depart|repartons|repars|partons|abreise|reisen|fahren|saimos|saio|saida|partimos)"
              + "\\s+(?:on\\s+|the\\s+|el\\s+|le\\s+|am\\s+|dia\\s+|no dia\\s+|on the\\s+)*"
              + "(\\d{1,2})(?:st|nd|rd|th|\\.|º)?(?![\\d/.:-]*\\d)(?!\\s*(?:de\\s+)?\\p{L}{3,})");

  private DepartureDay() {}

  public static OptionalInt find(String text) {
    Matcher matcher = DEPARTURE.matcher(TextFolding.fold(text));
    if (!matcher.find()) {
      return OptionalInt.empty();
    }
    int day = Integer.parseInt(matcher.group(1));
    return day >= 1 && day <= 31 ? OptionalInt.of(day) : OptionalInt.empty();
  }
}
