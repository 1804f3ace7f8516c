package org.omotenashi.concierge.agent.dialogue;

import org.omotenashi.concierge.template.TemplateKeys;

/** {@code handoff_to_staff}: the conversation goes to staff, and the guest is told so. */
final class Handoff {
  private Handoff() {}

  static void to(Turn turn, String reason) {
    turn.handoffReason = reason;
    turn.state.finishGoal();
    turn.state.toldStaffWillReply = false;
    turn.used("handoff_to_staff", Turn.arguments("reason", reason), "waiting for staff");
    turn.reply(TemplateKeys.HANDOFF_ACCEPTED);
  }
}
