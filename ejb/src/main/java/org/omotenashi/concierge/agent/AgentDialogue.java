package org.omotenashi.concierge.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.omotenashi.concierge.agent.dialogue.DialogueState;

/** The agent's memory of one conversation ({@link DialogueState}), rewritten on every turn. */
@Entity
@Table(name = "agent_dialogue")
public class AgentDialogue {
  @Id
  @Column(name = "conversation_id")
  private String conversationId;

  @Column(nullable = false)
  private String state;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected AgentDialogue() {
    // for JPA
  }

  AgentDialogue(String conversationId, DialogueState state, Instant now) {
    this.conversationId = conversationId;
    remember(state, now);
  }

  DialogueState state() {
    return DialogueState.fromJson(state);
  }

  void remember(DialogueState newState, Instant now) {
    this.state = newState.toJson();
    this.updatedAt = now;
  }
}
