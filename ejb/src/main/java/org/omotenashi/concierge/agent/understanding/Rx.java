package org.omotenashi.concierge.agent.understanding;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Helpers to turn word tables into regular expressions and to look at the words just before or
 * after a match. Patterns run on folded lower-case text ({@link TextFolding#lowerCase}), so they
 * are written in lower case and need no case-insensitive matching, which is several times slower;
 * word edges are Unicode-aware because folded text still holds ß, kana and kanji.
 */
final class Rx {
  /** No letter or digit right before. */
  static final String START = "(?<![\\p{L}\\p{N}])";

  /** No letter or digit right after. */
  static final String END = "(?![\\p{L}\\p{N}])";

  private Rx() {}

  static Pattern compile(String regex) {
    return Pattern.compile(regex);
  }

  /**
   * A non-capturing alternation of the phrases, longest first so that "marzo" wins over "mar"; a
   * space inside a phrase matches blanks or a hyphen ("check in", "check-in", "sexta-feira").
   */
  static String anyOf(Collection<String> phrases) {
    return phrases.stream()
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .map(Rx::phrase)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** Whole words only. */
  static String words(Collection<String> phrases) {
    return START + anyOf(phrases) + END;
  }

  private static String phrase(String phrase) {
    return Arrays.stream(phrase.strip().split(" +"))
        .map(Pattern::quote)
        .collect(Collectors.joining("[\\s-]+"));
  }

  /** A pattern that {@link #before} can use: the phrases as the last words before a position. */
  static Pattern endingWith(Collection<String> phrases) {
    return compile(words(phrases) + "[\\s,]*$");
  }

  /** A pattern that {@link #after} can use: the phrases as the first words after a position. */
  static Pattern beginningWith(Collection<String> phrases) {
    return compile("^[\\s,]*" + words(phrases));
  }

  /** Whether {@code endingWith} matches the {@code window} characters before {@code position}. */
  static boolean before(Pattern endingWith, CharSequence text, int position, int window) {
    Matcher m = endingWith.matcher(text);
    m.region(Math.max(0, position - window), position);
    m.useTransparentBounds(true);
    return m.find();
  }

  /** Where the words matched by {@code endingWith} start, or -1 when they are not there. */
  static int startBefore(Pattern endingWith, CharSequence text, int position, int window) {
    Matcher m = endingWith.matcher(text);
    m.region(Math.max(0, position - window), position);
    m.useTransparentBounds(true);
    return m.find() ? m.start() : -1;
  }

  /** Whether {@code beginningWith} matches the {@code window} characters from {@code position}. */
  static boolean after(Pattern beginningWith, CharSequence text, int position, int window) {
    Matcher m = beginningWith.matcher(text);
    m.region(position, Math.min(text.length(), position + window));
    m.useTransparentBounds(true);
    return m.lookingAt();
  }
}
