package org.omotenashi.concierge.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.PROFILE;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.context;
import static org.omotenashi.concierge.agent.llm.LlmTestHotel.reading;

import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.faulttolerance.FaultToleranceExtension;
import io.smallrye.faulttolerance.metrics.MetricsIntegration;
import java.util.List;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omotenashi.concierge.agent.dialogue.DialogueState;
import org.omotenashi.concierge.agent.dialogue.InMemoryHotelTools;

/**
 * The gateway's MicroProfile Fault Tolerance as it acts in a container (Weld with SmallRye Fault
 * Tolerance and Config here; Payara's own implementation in production), configured the way an
 * administrator configures it: through {@code concierge.agent.llm.*} keys.
 */
class LlmGatewayFaultToleranceTest {
  private static final String KEY = "sk-test-secret-key";
  private static final String TIMEOUT_OVERRIDE = LlmGateway.class.getName() + "/chat/Timeout/value";

  private final FakeOpenAi fake = new FakeOpenAi(KEY);
  private WeldContainer container;

  @BeforeEach
  void configure() {
    settings().forEach(System::setProperty);
  }

  @AfterEach
  void stop() {
    if (container != null) {
      container.close();
    }
    settings().keySet().forEach(System::clearProperty);
    fake.close();
  }

  private Map<String, String> settings() {
    return Map.of(
        "concierge.agent.llm.provider", "openai",
        "concierge.agent.llm.base-url", fake.baseUrl(),
        "concierge.agent.llm.api-key", KEY,
        "concierge.agent.llm.model", "test-model",
        "concierge.agent.llm.timeout", "PT5S");
  }

  private LlmAgent agent() {
    container = new Weld()
        .disableDiscovery()
        .addBeanClasses(LlmGateway.class, LlmAgent.class)
        .addExtension(new ConfigExtension())
        // No MicroProfile Metrics here (Payara has them).
        .addExtension(new FaultToleranceExtension(MetricsIntegration.NOOP))
        .initialize();
    return container.select(LlmAgent.class).get();
  }

  private boolean answered(LlmAgent agent) {
    return agent.answer(reading("hello", "en"), new DialogueState(), context(null), PROFILE,
        new InMemoryHotelTools(LlmTestHotel.CONVERSATION), List.of()).isPresent();
  }

  @Test
  void answersThroughTheContainerWithTheConfiguredProvider() {
    LlmAgent agent = agent();
    fake.thenAnswer("Hello! How can I help?");

    assertThat(answered(agent)).isTrue();
    assertThat(fake.requests()).singleElement()
        .satisfies(request -> assertThat(request.body().getString("model")).isEqualTo("test-model"));
  }

  @Test
  void afterRepeatedServerErrorsTheBreakerOpensAndNothingIsSent() {
    LlmAgent agent = agent();
    fake.failWith(500);

    for (int i = 0; i < LlmGateway.BREAKER_VOLUME; i++) {
      assertThat(answered(agent)).isFalse();
    }
    assertThat(fake.hits()).isEqualTo(LlmGateway.BREAKER_VOLUME);

    assertThat(answered(agent)).isFalse();
    assertThat(answered(agent)).isFalse();
    assertThat(fake.hits()).isEqualTo(LlmGateway.BREAKER_VOLUME);
  }

  @Test
  void theWholeCallIsBoundedByFaultTolerancesTimeout() {
    System.setProperty(TIMEOUT_OVERRIDE, "300");
    try {
      LlmAgent agent = agent();
      fake.answerSlowly(java.time.Duration.ofSeconds(3)).thenAnswer("too late");

      long started = System.nanoTime();
      assertThat(answered(agent)).isFalse();
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(2));
    } finally {
      System.clearProperty(TIMEOUT_OVERRIDE);
    }
  }
}
