package org.omotenashi.concierge.agent.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omotenashi.concierge.agent.understanding.Intent;

/**
 * What the concierge understood and did on one guest message: the turn staff see in the console,
 * the replies to send, and whether the conversation goes to staff.
 */
public record TurnOutcome(
    String language,
    Intent intent,
    double confidence,
    Map<String, Object> slots,
    List<ToolCall> tools,
    List<Reply> replies,
    Optional<String> handoffReason) {}
