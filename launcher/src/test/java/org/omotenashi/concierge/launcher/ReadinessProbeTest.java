package org.omotenashi.concierge.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {
  private final AtomicInteger notReadyAnswersLeft = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private URI base;

  @BeforeEach
  void startAFakeHealthEndpoint() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/health/ready",
        exchange -> {
          requests.incrementAndGet();
          boolean ready = notReadyAnswersLeft.getAndDecrement() <= 0;
          byte[] body = (ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(UTF_8);
          exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void returnsOnceReadinessAnswers200() throws Exception {
    notReadyAnswersLeft.set(2);

    probe(Duration.ofSeconds(10)).await(() -> true, () -> false, new LogBuffer(line -> {}));

    assertThat(requests).hasValue(3);
  }

  @Test
  void givesUpAfterTheTimeoutWithTheLastEightyLogLinesInTheMessage() {
    notReadyAnswersLeft.set(Integer.MAX_VALUE);
    LogBuffer log = new LogBuffer(line -> {});
    for (int i = 1; i <= 100; i++) {
      log.append("log line " + i);
    }

    assertThatThrownBy(() -> probe(Duration.ofMillis(300)).await(() -> true, () -> false, log))
        .isInstanceOf(StartupFailedException.class)
        .hasMessageContaining("answered HTTP 503 {\"status\":\"DOWN\"}")
        .hasMessageContaining("log line 21\n")
        .hasMessageEndingWith("log line 100")
        .hasMessageNotContaining("log line 20\n");
  }

  @Test
  void givesUpAtOnceWhenTheApplicationServerIsGone() {
    notReadyAnswersLeft.set(Integer.MAX_VALUE);
    LogBuffer log = new LogBuffer(line -> {});
    log.append("SEVERE: the deployment failed");
    long begin = System.nanoTime();

    assertThatThrownBy(() -> probe(Duration.ofMinutes(1)).await(() -> false, () -> false, log))
        .isInstanceOf(StartupFailedException.class)
        .hasMessageContaining("stopped before the application was ready")
        .hasMessageContaining("SEVERE: the deployment failed");
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aClosedPortIsNotReadiness() throws Exception {
    int closedPort = FreePorts.pick();
    ReadinessProbe probe =
        new ReadinessProbe(
            URI.create("http://127.0.0.1:" + closedPort + "/"),
            Duration.ofMillis(300),
            Duration.ofMinutes(1),
            Duration.ofMillis(50));

    assertThatThrownBy(() -> probe.await(() -> true, () -> false, new LogBuffer(line -> {})))
        .isInstanceOf(StartupFailedException.class)
        .hasMessageContaining("answered nothing (no connection)");
  }

  @Test
  void givesUpSoonAfterPayaraStartedWithoutTheApplicationGettingReady() {
    notReadyAnswersLeft.set(Integer.MAX_VALUE);
    ReadinessProbe probe =
        new ReadinessProbe(
            base, Duration.ofMinutes(1), Duration.ofMillis(300), Duration.ofMillis(20));
    long begin = System.nanoTime();

    assertThatThrownBy(() -> probe.await(() -> true, () -> true, new LogBuffer(line -> {})))
        .isInstanceOf(StartupFailedException.class)
        .hasMessageContaining("after Payara had started")
        .hasMessageContaining("HTTP 503 {\"status\":\"DOWN\"}");
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
  }

  private ReadinessProbe probe(Duration timeout) {
    return new ReadinessProbe(base, timeout, Duration.ofMinutes(1), Duration.ofMillis(20));
  }
}
