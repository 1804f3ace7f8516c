package org.omotenashi.concierge.agent.dialogue;

import java.util.Map;

/**
 * One reply the concierge sends: a template key and its variables. A variable may itself be a
 * {@code Reply} (rendered first, as a department's name inside a sentence) or a list of them (one
 * line each, as the room options of a stay).
 */
public record Reply(String key, Map<String, Object> variables) {
  public Reply {
    variables = Map.copyOf(variables);
  }

  public static Reply of(String key) {
    return new Reply(key, Map.of());
  }
}
