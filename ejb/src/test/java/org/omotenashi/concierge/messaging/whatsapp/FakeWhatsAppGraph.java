package org.omotenashi.concierge.messaging.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Meta's Graph API that speaks its wire format for {@code POST
 * /{version}/{phone-number-id}/messages}, on 127.0.0.1 and a free port: a real HTTP server, so that
 * the gateway's HTTP client, headers and timeouts are exercised for real.
 *
 * <p>It checks the bearer token (401 with Graph's {@code OAuthException} otherwise), the path, the
 * content type and {@code messaging_product}; records every message it accepts; and answers with a
 * fresh {@code wamid.}. Tests can make it fail with a status and a Graph error, answer slowly, and
 * then behave again. Used by the unit tests and, through the test jar, by the integration tests,
 * which point {@code CONCIERGE_WHATSAPP_API_BASE_URL} at {@link #baseUrl()}.
 */
public final class FakeWhatsAppGraph implements AutoCloseable {
  private static final Pattern MESSAGES_PATH =
      Pattern.compile("/(v[0-9]+\\.[0-9]+)/([^/]+)/messages");

  private final String accessToken;
  private final String phoneNumberId;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<JsonObject> sent = new CopyOnWriteArrayList<>();
  private final List<String> versions = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();

  private volatile Failure failure;
  private volatile Duration delay = Duration.ZERO;

  /** What to answer instead of accepting: an HTTP status with a Graph error. */
  private record Failure(int status, int code, String message) {}

  private FakeWhatsAppGraph(String accessToken, String phoneNumberId) throws IOException {
    this.accessToken = accessToken;
    this.phoneNumberId = phoneNumberId;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a fake that accepts {@code accessToken} for the number {@code phoneNumberId}. */
  public static FakeWhatsAppGraph start(String accessToken, String phoneNumberId) {
    try {
      return new FakeWhatsAppGraph(accessToken, phoneNumberId);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start the fake Graph API", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}: the value for {@code concierge.whatsapp.api-base-url}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The bodies of the messages accepted so far, oldest first. */
  public List<JsonObject> sent() {
    return List.copyOf(sent);
  }

  /** The Graph API versions named in the paths of the accepted messages. */
  public List<String> versions() {
    return List.copyOf(versions);
  }

  /** How many requests reached the fake, accepted or not. */
  public int requestCount() {
    return requests.get();
  }

  /**
   * From now on, answers {@code status} with a Graph error: for 401 an {@code OAuthException}
   * (190), for 429 a throughput limit (130429), otherwise an invalid parameter (100) or, from 500,
   * an unknown error (1).
   */
  public FakeWhatsAppGraph failWith(int status) {
    return switch (status) {
      case 401 -> failWith(401, 190, "Error validating access token: Session has expired");
      case 429 -> failWith(429, 130429, "(#130429) Rate limit hit");
      default ->
          status >= 500
              ? failWith(status, 1, "An unknown error occurred")
              : failWith(status, 100, "(#100) Invalid parameter");
    };
  }

  /** From now on, answers {@code status} with a Graph error of this code and message. */
  public FakeWhatsAppGraph failWith(int status, int graphCode, String message) {
    failure = new Failure(status, graphCode, message);
    return this;
  }

  /** From now on, waits this long before answering anything. */
  public FakeWhatsAppGraph answerSlowly(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** Accepts messages again, promptly. */
  public FakeWhatsAppGraph behave() {
    failure = null;
    delay = Duration.ZERO;
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] body = exchange.getRequestBody().readAllBytes();
      pause();
      Matcher path = MESSAGES_PATH.matcher(exchange.getRequestURI().getPath());
      if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
        answer(exchange, 400, graphError(100, "GraphMethodException", "Unsupported request"));
        return;
      }
      if (!("Bearer " + accessToken)
          .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(
            exchange,
            401,
            graphError(
                190, "OAuthException", "Invalid OAuth access token - Cannot parse access token"));
        return;
      }
      if (!path.group(2).equals(phoneNumberId)) {
        answer(
            exchange,
            400,
            graphError(
                100,
                "GraphMethodException",
                "Unsupported post request. Object with ID '" + path.group(2) + "' does not exist"));
        return;
      }
      Failure failing = failure;
      if (failing != null) {
        answer(
            exchange,
            failing.status(),
            graphError(failing.code(), "OAuthException", failing.message()));
        return;
      }
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      JsonObject message = parse(body);
      if (contentType == null
          || !contentType.startsWith("application/json")
          || message == null
          || !"whatsapp".equals(message.getString("messaging_product", null))
          || !message.containsKey("to")) {
        answer(
            exchange,
            400,
            graphError(
                100, "OAuthException", "(#100) The parameter messaging_product is required."));
        return;
      }
      sent.add(message);
      versions.add(path.group(1));
      String to = message.getString("to");
      String id = "wamid.FAKE" + ids.incrementAndGet() + "_" + Long.toHexString(System.nanoTime());
      answer(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("messaging_product", "whatsapp")
              .add(
                  "contacts",
                  Json.createArrayBuilder()
                      .add(Json.createObjectBuilder().add("input", to).add("wa_id", to)))
              .add(
                  "messages",
                  Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", id)))
              .build());
    }
  }

  private void pause() {
    if (!delay.isZero()) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static JsonObject graphError(int code, String type, String message) {
    return Json.createObjectBuilder()
        .add(
            "error",
            Json.createObjectBuilder()
                .add("message", message)
                .add("type", type)
                .add("code", code)
                .add("fbtrace_id", "AFakeTraceId"))
        .build();
  }

  private static JsonObject parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static void answer(HttpExchange exchange, int status, JsonObject body) {
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(status, bytes.length);
      out.write(bytes);
    } catch (IOException clientGone) {
      // The client gave up waiting (a timeout test): nothing left to tell it.
    }
  }
}
