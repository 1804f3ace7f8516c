package org.omotenashi.concierge.agent.llm;

import java.util.Locale;

/**
 * Which LLM the concierge asks, as {@code concierge.agent.llm.provider} names it, and where that
 * provider's API is when no base URL is configured.
 */
public enum LlmProvider {
  /** No LLM: the offline concierge answers every message, and no network call is made. */
  NONE(null),
  /** Anthropic's Messages API ({@code POST /v1/messages}). */
  ANTHROPIC("https://api.anthropic.com/v1"),
  /** OpenAI's Chat Completions API, or any server speaking it ({@code POST /chat/completions}). */
  OPENAI("https://api.openai.com/v1"),
  /** A local Ollama server ({@code POST /api/chat}). */
  OLLAMA("http://localhost:11434");

  private final String defaultBaseUrl;

  LlmProvider(String defaultBaseUrl) {
    this.defaultBaseUrl = defaultBaseUrl;
  }

  String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** Whether the provider needs an API key (a local Ollama does not). */
  boolean needsApiKey() {
    return this == ANTHROPIC || this == OPENAI;
  }

  /** Reads the configured name: {@code none}, {@code anthropic}, {@code openai} or {@code ollama}. */
  static LlmProvider named(String name) {
    if (name == null || name.isBlank()) {
      return NONE;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          LlmSettings.PROVIDER_KEY
              + " must be none, anthropic, openai or ollama, not '"
              + name.strip()
              + "'");
    }
  }
}
