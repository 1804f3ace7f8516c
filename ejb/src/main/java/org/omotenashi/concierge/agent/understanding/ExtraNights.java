package org.omotenashi.concierge.agent.understanding;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nights added to a stay the guest already has: "one more night", "an extra night", "stay 2 nights
 * longer", "una noche más", "une nuit de plus", "eine Nacht länger", "mais uma noite", "1泊延長";
 * or taken from it, as a negative count: "shorten it by one night", "acortarla una noche",
 * "raccourcir d'une nuit", "eine Nacht weniger", "encurtar uma noite", "1泊短縮".
 */
public final class ExtraNights {
  private static final String COUNT =
      "(\\d{1,2}|one|an|a|two|three|una|un|dos|tres|une|deux|trois|eine|einen|zwei|drei|uma|um|duas"
          + "|tres)";
  private static final Pattern MORE =
      Pattern.compile(
          "(?iu)\\b" + COUNT + "\\s+(?:more|extra|additional)\\s+nights?\\b"
              + "|\\b" + COUNT + "\\s+nights?\\s+(?:more|longer|extra)\\b"
              + "|\\b" + COUNT + "\\s+noches?\\s+(?:mas|extra|adicional(?:es)?)\\b"
              + "|\\b" + COUNT + "\\s+nuits?\\s+(?:de plus|supplementaires?|en plus)\\b"
              + "|\\b" + COUNT + "\\s+nachte?\\s+(?:langer|mehr|zusatzlich)\\b"
              + "|\\b(?:mais)\\s+" + COUNT + "\\s+noites?\\b"
              + "|\\b" + COUNT + "\\s+noites?\\s+(?:a mais|extra)\\b");
  private static final Pattern FEWER =
      Pattern.compile(
          "(?iu)\\b(?:shorten|cut|acort\\w*|recort\\w*|reduc\\w*|raccourc\\w*|redui\\w*"
              + "|verkurz\\w*|encurt\\w*|reduz\\w*)(?:\\s+\\p{L}+){0,3}?\\s+(?:d'|de\\s+|um\\s+)?"
              + COUNT
              + "\\s+(?:nights?|noches?|nuits?|nachte?|noites?)\\b"
              + "|\\b"
              + COUNT
              + "\\s+(?:nights?\\s+(?:less|fewer)|noches?\\s+menos|nuits?\\s+de\\s+moins"
              + "|nachte?\\s+weniger|noites?\\s+a\\s+menos)\\b");
  private static final Pattern JAPANESE_FEWER =
      Pattern.compile("(\\d{1,2}|[一二三])泊(?:短縮|減らし|少なく)");
  private static final Pattern JAPANESE = Pattern.compile("(\\d{1,2}|[一二三])泊(?:延長|追加)|(?:延長|追加)(\\d{1,2}|[一二三])泊");

  private ExtraNights() {}

  public static OptionalInt find(String text) {
    String folded = TextFolding.fold(text);
    Matcher japaneseFewer = JAPANESE_FEWER.matcher(folded);
    if (japaneseFewer.find()) {
      return negative(count(japaneseFewer.group(1)));
    }
    Matcher fewer = FEWER.matcher(folded);
    if (fewer.find()) {
      for (int group = 1; group <= fewer.groupCount(); group++) {
        if (fewer.group(group) != null) {
          return negative(count(fewer.group(group)));
        }
      }
    }
    Matcher japanese = JAPANESE.matcher(folded);
    if (japanese.find()) {
      return count(japanese.group(1) != null ? japanese.group(1) : japanese.group(2));
    }
    Matcher more = MORE.matcher(folded);
    if (!more.find()) {
      return OptionalInt.empty();
    }
    for (int group = 1; group <= more.groupCount(); group++) {
      if (more.group(group) != null) {
        return count(more.group(group));
      }
    }
    return OptionalInt.empty();
  }

  private static OptionalInt negative(OptionalInt count) {
    return count.isPresent() ? OptionalInt.of(-count.getAsInt()) : count;
  }

  private static OptionalInt count(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "one", "an", "a", "una", "un", "une", "eine", "einen", "uma", "um", "一" -> OptionalInt.of(1);
      case "two", "dos", "deux", "zwei", "duas", "二" -> OptionalInt.of(2);
      case "three", "tres", "trois", "drei", "三" -> OptionalInt.of(3);
      default -> word.chars().allMatch(Character::isDigit)
          ? OptionalInt.of(Integer.parseInt(word)) : OptionalInt.empty();
    };
  }
}
