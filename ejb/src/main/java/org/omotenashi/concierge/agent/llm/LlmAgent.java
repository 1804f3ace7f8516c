package org.omotenashi.concierge.agent.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.omotenashi.concierge.agent.dialogue.AgentTools;
import org.omotenashi.concierge.agent.dialogue.DialogueState;
import org.omotenashi.concierge.agent.dialogue.DialogueState.Question;
import org.omotenashi.concierge.agent.dialogue.HotelProfile;
import org.omotenashi.concierge.agent.dialogue.Reading;
import org.omotenashi.concierge.agent.dialogue.Reply;
import org.omotenashi.concierge.agent.dialogue.TurnContext;
import org.omotenashi.concierge.agent.dialogue.TurnOutcome;
import org.omotenashi.concierge.agent.understanding.Intent;
import org.omotenashi.concierge.template.TemplateKeys;

/**
 * The concierge when the hotel configured an LLM: the model reads the guest's message and the
 * recent conversation, chooses the concierge's tools (see {@link LlmToolbox} for the guardrails),
 * and writes the reply, which goes out through the {@code faq.answer} template.
 *
 * <p>{@link #answer} is empty, and the caller runs the offline {@code Concierge}, when no provider
 * is configured (then nothing is sent anywhere), when the guest is answering one of the offline
 * dialogue's confirmation questions (the offline dialogue executes what the guest confirms), and
 * when the provider fails in any way: no answer in time, an error, an open circuit, more than
 * {@link #MAX_TOOL_ROUNDS} rounds of tool calls, or an empty reply. A failed turn changes nothing
 * but the count of failed booking verifications: what the tools would do is only done once the
 * model's reply stands.
 */
@ApplicationScoped
public class LlmAgent {
  private static final Logger LOG = Logger.getLogger(LlmAgent.class.getName());

  /** Rounds of tool calls on one message before the model must answer. */
  static final int MAX_TOOL_ROUNDS = 4;

  /** The offline dialogue's questions whose answer it executes: never the LLM's to handle. */
  private static final Set<Question> CONFIRMATIONS =
      Set.of(Question.CONFIRM_BOOKING, Question.CONFIRM_CHANGE, Question.CONFIRM_CANCEL);

  /** Longest reply sent to a guest (WhatsApp takes 4,096 characters). */
  static final int MAX_REPLY = 2_000;

  /** Which intent a turn had, by the tools the model used, the strongest first. */
  private static final List<Map.Entry<String, Intent>> INTENT_BY_TOOL =
      List.of(
          Map.entry(LlmToolbox.HANDOFF_TO_STAFF, Intent.HUMAN),
          Map.entry(LlmToolbox.CANCEL_BOOKING, Intent.CANCEL_BOOKING),
          Map.entry(LlmToolbox.MODIFY_BOOKING, Intent.MODIFY_BOOKING),
          Map.entry(LlmToolbox.CREATE_BOOKING, Intent.BOOK),
          Map.entry(LlmToolbox.GET_BOOKING, Intent.LOOKUP_BOOKING),
          Map.entry(LlmToolbox.CHECK_AVAILABILITY, Intent.AVAILABILITY),
          Map.entry(LlmToolbox.CREATE_SERVICE_REQUEST, Intent.SERVICE_REQUEST),
          Map.entry(LlmToolbox.GET_HOTEL_INFO, Intent.HOTEL_INFO));

  @Inject LlmGateway gateway;

  /** For CDI. */
  LlmAgent() {}

  /** For tests: an agent over a gateway built without CDI. */
  LlmAgent(LlmGateway gateway) {
    this.gateway = gateway;
  }

  /**
   * The LLM's answer to the guest's message, or empty for the offline concierge to answer.
   *
   * @param recentMessages earlier messages of the conversation, oldest first, each as the caller
   *     labels it ("Guest: ...", "Concierge: ..."); not the message being answered
   */
  public Optional<TurnOutcome> answer(
      Reading reading,
      DialogueState state,
      TurnContext context,
      HotelProfile hotel,
      AgentTools tools,
      List<String> recentMessages) {
    if (!isEnabled() || CONFIRMATIONS.contains(state.asked())) {
      return Optional.empty();
    }
    LlmToolbox toolbox = new LlmToolbox(reading.language(), state, context, hotel, tools);
    List<ToolSpecification> specifications = toolbox.specifications();
    List<ChatMessage> messages = new ArrayList<>();
    messages.add(SystemMessage.from(LlmPrompt.system(hotel, context, reading.language())));
    messages.add(UserMessage.from(LlmPrompt.guest(reading.text(), recentMessages)));
    String text;
    try {
      text = converse(messages, specifications, toolbox);
    } catch (CircuitBreakerOpenException e) {
      LOG.fine("The LLM's circuit is open: the offline concierge answers");
      return Optional.empty();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The LLM did not answer, the offline concierge does: {0}", e.toString());
      return Optional.empty();
    }
    if (text == null || text.isBlank()) {
      if (toolbox.handoffReason().isEmpty()) {
        LOG.warning("The LLM answered with no text: the offline concierge answers");
        return Optional.empty();
      }
    }
    toolbox.apply();
    List<Reply> replies =
        text == null || text.isBlank()
            ? List.of(Reply.of(TemplateKeys.HANDOFF_ACCEPTED))
            : List.of(new Reply(TemplateKeys.FAQ_ANSWER, Map.of("answer", shorten(text.strip()))));
    return Optional.of(
        new TurnOutcome(
            reading.language(),
            intent(toolbox.usedTools(), reading),
            1.0,
            reading.slots(),
            toolbox.calls(),
            replies,
            toolbox.handoffReason()));
  }

  /** Whether a provider is configured; a wrong configuration counts as none, and is logged. */
  public boolean isEnabled() {
    try {
      return gateway.isEnabled();
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "The LLM provider is not configured correctly, the offline concierge answers: {0}",
          e.getMessage());
      return false;
    }
  }

  /** The tool-calling loop: returns the model's final text. */
  private String converse(
      List<ChatMessage> messages, List<ToolSpecification> specifications, LlmToolbox toolbox) {
    for (int round = 0; ; round++) {
      AiMessage reply =
          gateway
              .chat(ChatRequest.builder().messages(messages).toolSpecifications(specifications).build())
              .aiMessage();
      if (!reply.hasToolExecutionRequests()) {
        return reply.text();
      }
      if (round == MAX_TOOL_ROUNDS) {
        throw new LlmUnavailableException("the model still called tools after " + MAX_TOOL_ROUNDS + " rounds");
      }
      messages.add(reply);
      for (ToolExecutionRequest request : reply.toolExecutionRequests()) {
        messages.add(ToolExecutionResultMessage.from(request, toolbox.execute(request)));
      }
    }
  }

  private static Intent intent(Set<String> used, Reading reading) {
    return INTENT_BY_TOOL.stream()
        .filter(entry -> used.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(reading.intent().intent());
  }

  private static String shorten(String text) {
    return text.length() <= MAX_REPLY ? text : text.substring(0, MAX_REPLY - 1) + "…";
  }
}
