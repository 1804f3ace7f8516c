package org.omotenashi.concierge.agent.understanding;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message names a month ("March", "mars", "3月", "05/03", "6. März") rather than a day
 * alone ("on the 6th", "jusqu'au 13"). A day alone is read by {@link StayDates} as its next
 * occurrence; next to a stay the guest already described, it usually means that stay's month.
 */
public final class MonthMentions {
  private static final Set<String> MONTH_NAMES = monthNames();
  private static final Pattern NUMERIC_OR_JAPANESE =
      Pattern.compile("\\d{1,2}\\s*[./-]\\s*\\d{1,2}|\\d{1,2}\\s*月|[一二三四五六七八九十]+月");
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private MonthMentions() {}

  public static boolean present(String text) {
    String folded = TextFolding.key(text);
    if (NUMERIC_OR_JAPANESE.matcher(folded).find()) {
      return true;
    }
    var words = WORD.matcher(folded);
    while (words.find()) {
      if (MONTH_NAMES.contains(words.group())) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> monthNames() {
    Set<String> names = new HashSet<>();
    for (GuestLanguage language : GuestLanguage.values()) {
      if (language == GuestLanguage.JA) {
        continue;
      }
      for (Month month : Month.values()) {
        names.add(TextFolding.key(month.getDisplayName(TextStyle.FULL, language.locale)));
        names.add(TextFolding.key(month.getDisplayName(TextStyle.FULL_STANDALONE, language.locale)));
      }
    }
    for (String abbreviation : new String[] {"jan", "feb", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "janv", "fevr", "avr", "juil", "okt", "dez", "ene", "dic",
        "fev"}) {
      names.add(abbreviation.toLowerCase(Locale.ROOT));
    }
    // "May I ...?" is a question far more often than a month.
    names.remove("may");
    return Set.copyOf(names);
  }
}
