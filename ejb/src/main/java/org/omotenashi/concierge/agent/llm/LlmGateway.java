package org.omotenashi.concierge.agent.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The one place that calls the configured LLM: one chat request (messages and tool
 * specifications) in, the model's message (text or tool calls) out, through LangChain4j's client
 * for the provider over the JDK's HTTP client.
 *
 * <h2>Failures</h2>
 *
 * Every failure is an {@link LlmUnavailableException}; nothing is retried (a guest is waiting, and
 * the offline concierge answers at once). Each HTTP request waits at most {@code
 * concierge.agent.llm.timeout}; MicroProfile Fault Tolerance bounds the whole call ({@link
 * #CALL_TIMEOUT_MILLIS}, overridable as {@code
 * org.omotenashi.concierge.agent.llm.LlmGateway/chat/Timeout/value}) and opens a circuit breaker
 * after {@link #BREAKER_VOLUME} calls of which three quarters failed: for {@link
 * #BREAKER_DELAY_MILLIS} calls then fail at once, without a request, with a {@code
 * CircuitBreakerOpenException}.
 *
 * <h2>Configuration</h2>
 *
 * Read at the first call (see {@link LlmSettings}). With {@code concierge.agent.llm.provider=none},
 * the default, {@link #isEnabled()} is false, no client is built, and {@link #chat} refuses.
 */
@ApplicationScoped
public class LlmGateway {
  static final long CALL_TIMEOUT_MILLIS = 20_000;
  static final int BREAKER_VOLUME = 4;
  static final long BREAKER_DELAY_MILLIS = 30_000;

  /** Enough for a short reply or a few tool calls; guests read on a phone. */
  private static final int MAX_OUTPUT_TOKENS = 600;

  @Inject
  @ConfigProperty(name = LlmSettings.PROVIDER_KEY, defaultValue = "none")
  String provider;

  @Inject
  @ConfigProperty(name = LlmSettings.BASE_URL_KEY)
  Optional<String> baseUrl;

  /** A secret: set it only in the environment, as CONCIERGE_AGENT_LLM_API_KEY. */
  @Inject
  @ConfigProperty(name = LlmSettings.API_KEY_KEY)
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = LlmSettings.MODEL_KEY)
  Optional<String> model;

  @Inject
  @ConfigProperty(name = LlmSettings.TIMEOUT_KEY, defaultValue = "PT8S")
  Duration timeout;

  private volatile LlmSettings settings;
  private volatile ChatModel chatModel;

  /** For CDI. The configuration is read at the first call. */
  LlmGateway() {}

  /** For tests: a gateway without CDI (so without Fault Tolerance's interceptors). */
  LlmGateway(LlmSettings settings) {
    this.settings = settings;
  }

  /** Whether a provider is configured; false for {@code none}, and then nothing is ever sent. */
  public boolean isEnabled() {
    return settings().isEnabled();
  }

  /** The provider's answer to one chat request. */
  @Timeout(value = CALL_TIMEOUT_MILLIS, unit = ChronoUnit.MILLIS)
  @CircuitBreaker(
      requestVolumeThreshold = BREAKER_VOLUME,
      failureRatio = 0.75,
      delay = BREAKER_DELAY_MILLIS,
      successThreshold = 1,
      failOn = {LlmUnavailableException.class, TimeoutException.class})
  public ChatResponse chat(ChatRequest request) {
    try {
      ChatResponse response = chatModel().chat(request);
      if (response == null || response.aiMessage() == null) {
        throw new LlmUnavailableException(settings().provider() + " answered without a message");
      }
      return response;
    } catch (LlmUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new LlmUnavailableException(
          settings().provider() + " did not answer: " + e.getClass().getSimpleName() + ": "
              + redact(e.getMessage()), e);
    }
  }

  LlmSettings settings() {
    LlmSettings current = settings;
    if (current == null) {
      current = LlmSettings.fromConfig(provider, baseUrl, apiKey, model, timeout);
      settings = current;
    }
    return current;
  }

  private ChatModel chatModel() {
    ChatModel current = chatModel;
    if (current == null) {
      LlmSettings configured;
      try {
        configured = settings();
      } catch (IllegalStateException e) {
        throw new LlmUnavailableException("The LLM is not configured correctly: " + e.getMessage(), e);
      }
      if (!configured.isEnabled()) {
        throw new LlmUnavailableException("No LLM provider is configured (" + LlmSettings.PROVIDER_KEY + "=none)");
      }
      current = create(configured);
      chatModel = current;
    }
    return current;
  }

  /**
   * LangChain4j's client for the provider over the JDK's HTTP client, named here rather than found
   * by ServiceLoader (which an application server's class loaders may hide); no retries, no
   * request logging (it would log the key).
   */
  static ChatModel create(LlmSettings settings) {
    String url = settings.baseUrl().toString();
    return switch (settings.provider()) {
      case ANTHROPIC ->
          AnthropicChatModel.builder()
              .httpClientBuilder(JdkHttpClient.builder())
              .baseUrl(url)
              .apiKey(settings.apiKey())
              .modelName(settings.model())
              .maxTokens(MAX_OUTPUT_TOKENS)
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case OPENAI ->
          OpenAiChatModel.builder()
              .httpClientBuilder(JdkHttpClient.builder())
              .baseUrl(url)
              .apiKey(settings.apiKey())
              .modelName(settings.model())
              .maxTokens(MAX_OUTPUT_TOKENS)
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case OLLAMA ->
          OllamaChatModel.builder()
              .httpClientBuilder(JdkHttpClient.builder())
              .baseUrl(url)
              .modelName(settings.model())
              .numPredict(MAX_OUTPUT_TOKENS)
              .timeout(settings.timeout())
              .maxRetries(0)
              .build();
      case NONE -> throw new IllegalStateException("no LLM provider is configured");
    };
  }

  private String redact(String text) {
    if (text == null) {
      return "";
    }
    String key = settings == null ? null : settings.apiKey();
    String redacted = key == null ? text : text.replace(key, "(hidden)");
    return redacted.length() > 300 ? redacted.substring(0, 300) + "…" : redacted;
  }
}
