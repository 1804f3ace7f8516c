package org.omotenashi.concierge.agent;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.omotenashi.concierge.agent.dialogue.ToolCall;
import org.omotenashi.concierge.agent.dialogue.TurnOutcome;

/**
 * What the agent understood and did on one guest message, as staff see it in the console and the
 * evaluation reads it: language, intent and confidence, the slots read, the tools used. Slots and
 * tools are kept as the JSON the API shows.
 */
@Entity
@Table(name = "agent_turn")
public class AgentTurn {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private String conversationId;

  @Column(name = "message_id", nullable = false, updatable = false)
  private Long messageId;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private String intent;

  @Column(nullable = false, updatable = false)
  private BigDecimal confidence;

  @Column(nullable = false, updatable = false)
  private String slots;

  @Column(nullable = false, updatable = false)
  private String tools;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected AgentTurn() {
    // for JPA
  }

  AgentTurn(String conversationId, long messageId, TurnOutcome outcome, Instant now) {
    this.conversationId = conversationId;
    this.messageId = messageId;
    this.language = outcome.language();
    this.intent = outcome.intent().name();
    this.confidence = BigDecimal.valueOf(outcome.confidence()).setScale(3, RoundingMode.HALF_UP);
    this.slots = toJson(outcome.slots()).build().toString();
    JsonArrayBuilder toolsJson = Json.createArrayBuilder();
    for (ToolCall call : outcome.tools()) {
      toolsJson.add(
          Json.createObjectBuilder()
              .add("name", call.name())
              .add("arguments", toJson(call.arguments()))
              .add("outcome", call.outcome()));
    }
    this.tools = toolsJson.build().toString();
    this.createdAt = now;
  }

  private static JsonObjectBuilder toJson(Map<String, Object> values) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    values.forEach(
        (name, value) -> {
          if (value instanceof Integer number) {
            json.add(name, number);
          } else if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(item -> array.add(String.valueOf(item)));
            json.add(name, array);
          } else {
            json.add(name, String.valueOf(value));
          }
        });
    return json;
  }

  public Long getMessageId() {
    return messageId;
  }

  public String getLanguage() {
    return language;
  }

  public String getIntent() {
    return intent;
  }

  public BigDecimal getConfidence() {
    return confidence;
  }

  /** The slots as a JSON object. */
  public String getSlots() {
    return slots;
  }

  /** The tools as a JSON array of {name, arguments, outcome}. */
  public String getTools() {
    return tools;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
