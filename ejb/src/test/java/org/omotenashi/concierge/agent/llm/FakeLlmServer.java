package org.omotenashi.concierge.agent.llm;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the three fake providers share: a real HTTP server on 127.0.0.1 and a free port, a script
 * of the model's turns (a text, or tool calls) answered in order, every request recorded, and
 * switches to answer slowly or fail with a status. Each subclass speaks one provider's wire format
 * and refuses (400) a request that breaks it, as the real API would.
 */
public abstract class FakeLlmServer implements AutoCloseable {
  /** One turn of the model: either tool calls or a final text. */
  record Step(String text, List<ToolUse> toolUses) {}

  /** A tool call of the model: its name and its arguments as a JSON object's text. */
  record ToolUse(String name, String arguments) {}

  /** A request as it reached the fake. */
  record Recorded(String path, Map<String, List<String>> headers, JsonObject body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Queue<Step> script = new ConcurrentLinkedQueue<>();
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Duration delay = Duration.ZERO;
  private volatile int failure;

  FakeLlmServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("Could not start a fake LLM", e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:<port>}; a provider's base URL may add a path ({@code /v1}). */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The value for {@code concierge.agent.llm.base-url}. */
  public abstract String baseUrl();

  /** The model answers this text next. */
  public FakeLlmServer thenAnswer(String text) {
    script.add(new Step(text, List.of()));
    return this;
  }

  /** The model calls this tool next, with these arguments (a JSON object). */
  public FakeLlmServer thenCall(String tool, String arguments) {
    script.add(new Step(null, List.of(new ToolUse(tool, arguments))));
    return this;
  }

  /** From now on, waits this long before answering. */
  FakeLlmServer answerSlowly(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** From now on, answers this status with the provider's error body. */
  public FakeLlmServer failWith(int status) {
    this.failure = status;
    return this;
  }

  /** Every request that reached the fake, answered or not. */
  public int hits() {
    return hits.get();
  }

  /** The bodies of the well-formed requests, oldest first. */
  List<Recorded> requests() {
    return List.copyOf(requests);
  }

  JsonObject lastBody() {
    return requests.get(requests.size() - 1).body();
  }

  String nextId(String prefix) {
    return prefix + ids.incrementAndGet();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ---- What each provider defines.

  abstract String path();

  /** Null when the request is authorised, else the provider's error body for a 401. */
  abstract String unauthorised(HttpExchange exchange);

  /** Null when the body keeps the provider's format, else the problem (answered with 400). */
  abstract String malformed(JsonObject body);

  abstract String errorBody(int status, String message);

  abstract JsonObject answer(JsonObject request, Step step);

  // ----

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      hits.incrementAndGet();
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      pause();
      if (!"POST".equals(exchange.getRequestMethod()) || !path().equals(exchange.getRequestURI().getPath())) {
        send(exchange, 404, errorBody(404, "no such endpoint: " + exchange.getRequestURI().getPath()));
        return;
      }
      String denied = unauthorised(exchange);
      if (denied != null) {
        send(exchange, 401, denied);
        return;
      }
      if (failure != 0) {
        send(exchange, failure, errorBody(failure, "Internal server error"));
        return;
      }
      JsonObject body = parse(bytes);
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      String problem =
          body == null ? "the body is not a JSON object"
              : contentType == null || !contentType.startsWith("application/json") ? "not JSON: " + contentType
              : malformed(body);
      if (problem != null) {
        send(exchange, 400, errorBody(400, problem));
        return;
      }
      requests.add(new Recorded(exchange.getRequestURI().getPath(),
          Map.copyOf(exchange.getRequestHeaders()), body));
      Step step = script.poll();
      if (step == null) {
        send(exchange, 500, errorBody(500, "the fake has no scripted answer left"));
        return;
      }
      send(exchange, 200, answer(body, step).toString());
    }
  }

  private void pause() {
    Duration wait = delay;
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static JsonObject parse(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static JsonObject object(String json) {
    try (JsonReader reader = Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject();
    }
  }

  static List<String> strings(List<?> values) {
    List<String> strings = new ArrayList<>();
    values.forEach(value -> strings.add(String.valueOf(value)));
    return strings;
  }
}
