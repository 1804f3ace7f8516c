package org.omotenashi.concierge.agent.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omotenashi.concierge.agent.understanding.Intent;

/** The turn being answered: the message read, the state to update, and what the answer gathers. */
final class Turn {
  final Reading reading;
  final DialogueState state;
  final TurnContext context;
  final HotelProfile hotel;
  final AgentTools tools;
  final List<Reply> replies = new ArrayList<>();
  final List<ToolCall> toolCalls = new ArrayList<>();
  /** The reader's intent, until the concierge settles on another (the goal an answer continues). */
  Intent intent;

  double confidence;
  String handoffReason;

  Turn(
      Reading reading,
      DialogueState state,
      TurnContext context,
      HotelProfile hotel,
      AgentTools tools) {
    this.reading = reading;
    this.state = state;
    this.context = context;
    this.hotel = hotel;
    this.tools = tools;
    this.intent = reading.intent().intent();
    this.confidence = reading.intent().confidence();
  }

  String language() {
    return reading.language();
  }

  void reply(String key, Map<String, Object> variables) {
    replies.add(new Reply(key, variables));
  }

  void reply(String key) {
    replies.add(Reply.of(key));
  }

  void ask(DialogueState.Question question, String key, Map<String, Object> variables) {
    state.asked = question;
    reply(key, variables);
  }

  void ask(DialogueState.Question question, String key) {
    ask(question, key, Map.of());
  }

  void used(String tool, Map<String, Object> arguments, String outcome) {
    toolCalls.add(new ToolCall(tool, arguments, outcome));
  }

  static Map<String, Object> arguments(Object... namesAndValues) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        arguments.put((String) namesAndValues[i], namesAndValues[i + 1].toString());
      }
    }
    return arguments;
  }

  TurnOutcome outcome() {
    return new TurnOutcome(
        reading.language(),
        intent,
        confidence,
        reading.slots(),
        List.copyOf(toolCalls),
        List.copyOf(replies),
        Optional.ofNullable(handoffReason));
  }
}
