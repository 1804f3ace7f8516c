package org.omotenashi.concierge.agent.dialogue;

import java.util.Optional;
import java.util.regex.Pattern;

/** A reply that is only a small number ("2", "2人", "3 ?"), as guests answer "how many guests?". */
final class BareNumber {
  private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s*[人名]?\\s*[.!?。]?\\s*$");

  private BareNumber() {}

  static Optional<Integer> find(String text) {
    var matcher = NUMBER.matcher(text);
    return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }
}
