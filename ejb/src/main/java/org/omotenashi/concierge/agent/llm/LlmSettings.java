package org.omotenashi.concierge.agent.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach the configured LLM: the provider, its API's base URL, the API key, the model and
 * how long one call may take.
 *
 * <p>Invariants: with {@link LlmProvider#NONE} nothing else is needed nor kept; otherwise the base
 * URL is absolute (without a trailing slash), the model is named, the timeout is positive, and
 * Anthropic and OpenAI have an API key. {@link #toString()} never shows the key.
 */
public record LlmSettings(
    LlmProvider provider, URI baseUrl, String apiKey, String model, Duration timeout) {

  static final String PROVIDER_KEY = "concierge.agent.llm.provider";
  static final String BASE_URL_KEY = "concierge.agent.llm.base-url";
  static final String API_KEY_KEY = "concierge.agent.llm.api-key";
  static final String MODEL_KEY = "concierge.agent.llm.model";
  static final String TIMEOUT_KEY = "concierge.agent.llm.timeout";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);

  /** No LLM: the offline concierge answers. */
  public static final LlmSettings NONE = new LlmSettings(LlmProvider.NONE, null, null, null, null);

  public LlmSettings {
    if (provider == null) {
      throw new IllegalStateException(PROVIDER_KEY + " is not set");
    }
    if (provider == LlmProvider.NONE) {
      baseUrl = null;
      apiKey = null;
      model = null;
      timeout = null;
    } else {
      if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
        throw new IllegalStateException(BASE_URL_KEY + " must be an absolute URL like http://host:11434");
      }
      String text = baseUrl.toString();
      baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (provider.needsApiKey() && (apiKey == null || apiKey.isBlank())) {
        throw new IllegalStateException(
            API_KEY_KEY + " is not set: give it in the environment as CONCIERGE_AGENT_LLM_API_KEY");
      }
      if (model == null || model.isBlank()) {
        throw new IllegalStateException(MODEL_KEY + " must name the model for " + provider);
      }
      model = model.strip();
      apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalStateException(TIMEOUT_KEY + " must be a positive duration like PT8S");
      }
    }
  }

  /** Builds the settings from configuration values as MicroProfile Config gives them. */
  static LlmSettings fromConfig(
      String provider,
      Optional<String> baseUrl,
      Optional<String> apiKey,
      Optional<String> model,
      Duration timeout) {
    LlmProvider chosen = LlmProvider.named(provider);
    if (chosen == LlmProvider.NONE) {
      return NONE;
    }
    String url =
        baseUrl.map(String::strip).filter(value -> !value.isEmpty()).orElse(chosen.defaultBaseUrl());
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(BASE_URL_KEY + " is not a URL: " + url);
    }
    return new LlmSettings(chosen, uri, apiKey.orElse(null), model.orElse(null), timeout);
  }

  public boolean isEnabled() {
    return provider != LlmProvider.NONE;
  }

  @Override
  public String toString() {
    return "LlmSettings[provider="
        + provider
        + ", baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "(none)" : "(hidden)")
        + ", model="
        + model
        + ", timeout="
        + timeout
        + "]";
  }
}
