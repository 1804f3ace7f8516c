package org.omotenashi.concierge.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits until {@code GET /health/ready} answers 200. Not until the port opens: Payara opens it even
 * when the deployment failed, and then answers 404 or 503. Gives up, with the last answer and the
 * log tail in the exception, when the application server is gone, when the time is up, or when
 * Payara reported itself started and the application is still not ready after a grace period: the
 * application gets ready while it is deployed, so that means the deployment failed.
 */
final class ReadinessProbe {
  static final int LOG_TAIL_LINES = 80;
  private static final int MAX_BODY_CHARS = 400;

  private final URI health;
  private final Duration timeout;
  private final Duration graceAfterStart;
  private final Duration interval;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  ReadinessProbe(URI baseUri, Duration timeout, Duration graceAfterStart, Duration interval) {
    this.health = baseUri.resolve("/health/ready");
    this.timeout = timeout;
    this.graceAfterStart = graceAfterStart;
    this.interval = interval;
  }

  /** A probe that asks twice a second and allows 30 s between Payara's start and readiness. */
  static ReadinessProbe of(URI baseUri, Duration timeout) {
    return new ReadinessProbe(baseUri, timeout, Duration.ofSeconds(30), Duration.ofMillis(500));
  }

  /**
   * @param running false once the application server has exited (or was stopped)
   * @param started true once the application server reported that it has started
   * @param log what it printed so far
   */
  void await(BooleanSupplier running, BooleanSupplier started, LogBuffer log)
      throws StartupFailedException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    boolean graceCounted = false;
    String lastAnswer = "nothing (no connection)";
    while (true) {
      if (!running.getAsBoolean()) {
        throw new StartupFailedException(
            "The application server stopped before the application was ready; "
                + health
                + " last answered "
                + lastAnswer,
            log.tail(LOG_TAIL_LINES));
      }
      if (!graceCounted && started.getAsBoolean()) {
        graceCounted = true;
        Instant graceEnds = Instant.now().plus(graceAfterStart);
        if (graceEnds.isBefore(deadline)) {
          deadline = graceEnds;
        }
      }
      HttpResponse<String> answer = ask();
      if (answer != null && answer.statusCode() == 200) {
        return;
      }
      if (answer != null) {
        lastAnswer = "HTTP " + answer.statusCode() + " " + abbreviate(answer.body());
      }
      if (Instant.now().isAfter(deadline)) {
        String when =
            graceCounted
                ? graceAfterStart.toSeconds()
                    + " s after Payara had started (did the deployment fail?)"
                : timeout.toSeconds() + " s";
        throw new StartupFailedException(
            "Not ready " + when + ": " + health + " answered " + lastAnswer,
            log.tail(LOG_TAIL_LINES));
      }
      Thread.sleep(interval.toMillis());
    }
  }

  /** The answer, or null when there was none. */
  private HttpResponse<String> ask() throws InterruptedException {
    try {
      HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    }
  }

  private static String abbreviate(String body) {
    String oneLine = body.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_BODY_CHARS
        ? oneLine
        : oneLine.substring(0, MAX_BODY_CHARS) + "...";
  }
}
