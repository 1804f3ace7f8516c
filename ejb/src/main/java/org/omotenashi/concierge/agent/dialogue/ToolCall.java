package org.omotenashi.concierge.agent.dialogue;

import java.util.Map;

/** One tool the concierge used on a turn: its name, the arguments it passed and what came back. */
public record ToolCall(String name, Map<String, Object> arguments, String outcome) {
  public ToolCall {
    arguments = Map.copyOf(arguments);
  }
}
