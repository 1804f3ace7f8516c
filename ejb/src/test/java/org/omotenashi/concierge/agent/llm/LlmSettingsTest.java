package org.omotenashi.concierge.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(8);

  @Test
  void noneIsTheDefaultAndNeedsNothingElse() {
    LlmSettings settings =
        LlmSettings.fromConfig("none", Optional.of("http://x"), Optional.of("key"), Optional.of("m"), TIMEOUT);

    assertThat(settings.isEnabled()).isFalse();
    assertThat(settings.apiKey()).isNull();
    assertThat(LlmSettings.fromConfig(" ", Optional.empty(), Optional.empty(), Optional.empty(), null).isEnabled())
        .isFalse();
  }

  @Test
  void eachProviderHasItsPublicAddressByDefault() {
    assertThat(settings("anthropic", Optional.empty()).baseUrl()).hasToString("https://api.anthropic.com/v1");
    assertThat(settings("OpenAI", Optional.empty()).baseUrl()).hasToString("https://api.openai.com/v1");
    assertThat(LlmSettings.fromConfig("ollama", Optional.empty(), Optional.empty(), Optional.of("llama3.1"), TIMEOUT)
        .baseUrl()).hasToString("http://localhost:11434");
    assertThat(settings("openai", Optional.of("http://127.0.0.1:8000/v1/")).baseUrl())
        .hasToString("http://127.0.0.1:8000/v1");
  }

  @Test
  void theApiKeyIsNeverShown() {
    assertThat(settings("anthropic", Optional.empty()).toString()).doesNotContain("sk-secret").contains("(hidden)");
  }

  @Test
  void aHostedProviderNeedsAKeyAndEveryProviderAModel() {
    assertThatThrownBy(() -> LlmSettings.fromConfig(
            "openai", Optional.empty(), Optional.empty(), Optional.of("gpt"), TIMEOUT))
        .hasMessageContaining("CONCIERGE_AGENT_LLM_API_KEY");
    assertThatThrownBy(() -> LlmSettings.fromConfig(
            "ollama", Optional.empty(), Optional.empty(), Optional.empty(), TIMEOUT))
        .hasMessageContaining("concierge.agent.llm.model");
    assertThatThrownBy(() -> LlmSettings.fromConfig(
            "gemini", Optional.empty(), Optional.empty(), Optional.empty(), TIMEOUT))
        .hasMessageContaining("none, anthropic, openai or ollama");
    assertThatThrownBy(() -> LlmSettings.fromConfig(
            "ollama", Optional.empty(), Optional.empty(), Optional.of("m"), Duration.ZERO))
        .hasMessageContaining("positive");
  }

  private static LlmSettings settings(String provider, Optional<String> baseUrl) {
    return LlmSettings.fromConfig(provider, baseUrl, Optional.of("sk-secret"), Optional.of("model"), TIMEOUT);
  }
}
