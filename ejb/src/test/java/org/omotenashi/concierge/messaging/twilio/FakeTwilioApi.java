package org.omotenashi.concierge.messaging.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Twilio's Messages API on 127.0.0.1, speaking its wire format: {@code POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json} with a form-encoded body and HTTP Basic
 * authentication (account SID and auth token), answered with 201 and a message resource ({@code
 * sid} {@code SM} + 32 hex digits, {@code status} {@code queued}), or with Twilio's JSON error
 * document ({@code code}, {@code message}, {@code more_info}, {@code status}).
 *
 * <p>Every request that reaches it is recorded, in order, whatever it was answered. It can be told
 * to fail ({@link #failWith(int)}), to answer slowly ({@link #answerSlowly(Duration)}) and to
 * behave again ({@link #behave()}).
 *
 * <pre>{@code
 * try (FakeTwilioApi twilio = FakeTwilioApi.start("AC...", "token")) {
 *   // point concierge.twilio.api-base-url at twilio.baseUrl(), send, then:
 *   assertThat(twilio.sent()).singleElement().extracting(r -> r.param("To")) ...
 * }
 * }</pre>
 */
public final class FakeTwilioApi implements AutoCloseable {
  private static final Pattern MESSAGES =
      Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
  private static final DateTimeFormatter RFC_2822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * One request as it arrived.
   *
   * @param form the decoded form parameters, in the order sent
   * @param messageSid the SID the fake gave the message, or null when it answered with an error
   */
  public record Request(
      String method,
      String path,
      String authorization,
      String contentType,
      Map<String, List<String>> form,
      int answeredStatus,
      String messageSid) {
    /** The first value of a form parameter, or null. */
    public String param(String name) {
      List<String> values = form.get(name);
      return values == null || values.isEmpty() ? null : values.get(0);
    }
  }

  private final String accountSid;
  private final String authToken;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int failureStatus;
  private volatile Duration delay = Duration.ZERO;

  private FakeTwilioApi(String accountSid, String authToken) throws IOException {
    this.accountSid = accountSid;
    this.authToken = authToken;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Several threads, so that a slow answer does not hold up the next request.
    this.executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a fake that accepts exactly these credentials. */
  public static FakeTwilioApi start(String accountSid, String authToken) {
    try {
      return new FakeTwilioApi(accountSid, authToken);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code concierge.twilio.api-base-url} must be: {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every request received so far, oldest first. */
  public List<Request> sent() {
    return List.copyOf(requests);
  }

  /** From now on, answer every authenticated request with this status and a Twilio error body. */
  public FakeTwilioApi failWith(int status) {
    this.failureStatus = status;
    return this;
  }

  /** From now on, wait this long before answering. */
  public FakeTwilioApi answerSlowly(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** Answer promptly and successfully again. */
  public FakeTwilioApi behave() {
    this.failureStatus = 0;
    this.delay = Duration.ZERO;
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      Map<String, List<String>> form =
          contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
              ? decode(body)
              : Map.of();
      String path = exchange.getRequestURI().getRawPath();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      Answer answer = answer(exchange.getRequestMethod(), path, authorization, form);
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              path,
              authorization,
              contentType,
              form,
              answer.status(),
              answer.messageSid()));
      pause();
      byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
      if (answer.status() == 401) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
      }
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } finally {
      exchange.close();
    }
  }

  private record Answer(int status, String json, String messageSid) {}

  private Answer answer(
      String method, String path, String authorization, Map<String, List<String>> form) {
    Matcher messages = MESSAGES.matcher(path);
    if (!messages.matches()) {
      return error(404, 20404, "The requested resource " + path + " was not found");
    }
    if (!"POST".equals(method)) {
      return error(405, 20004, "Method not allowed");
    }
    if (!messages.group(1).equals(accountSid) || !expectedAuthorization().equals(authorization)) {
      return error(401, 20003, "Authenticate");
    }
    if (failureStatus != 0) {
      return error(failureStatus, codeFor(failureStatus), messageFor(failureStatus));
    }
    if (first(form, "To") == null) {
      return error(400, 21604, "A 'To' phone number is required.");
    }
    if (first(form, "From") == null) {
      return error(400, 21603, "A 'From' phone number is required.");
    }
    if (first(form, "Body") == null) {
      return error(400, 21602, "Message body is required.");
    }
    String sid = "SM" + HexFormat.of().formatHex(randomBytes(16));
    return new Answer(201, messageResource(sid, form), sid);
  }

  private String messageResource(String sid, Map<String, List<String>> form) {
    String now = RFC_2822.format(ZonedDateTime.now(ZoneOffset.UTC));
    String uri = "/2010-04-01/Accounts/" + accountSid + "/Messages/" + sid;
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("account_sid", accountSid)
            .add("api_version", "2010-04-01")
            .add("body", first(form, "Body"))
            .add("date_created", now)
            .addNull("date_sent")
            .add("date_updated", now)
            .add("direction", "outbound-api")
            .addNull("error_code")
            .addNull("error_message")
            .add("from", first(form, "From"))
            .addNull("messaging_service_sid")
            .add("num_media", "0")
            .add("num_segments", String.valueOf(SmsSegments.count(first(form, "Body"))))
            .addNull("price")
            .add("price_unit", "USD")
            .add("sid", sid)
            .add("status", "queued")
            .add("subresource_uris", Json.createObjectBuilder().add("media", uri + "/Media.json"))
            .add("to", first(form, "To"))
            .add("uri", uri + ".json");
    return json.build().toString();
  }

  private static Answer error(int status, int code, String message) {
    String json =
        Json.createObjectBuilder()
            .add("code", code)
            .add("message", message)
            .add("more_info", "https://www.twilio.com/docs/errors/" + code)
            .add("status", status)
            .build()
            .toString();
    return new Answer(status, json, null);
  }

  private static int codeFor(int status) {
    return switch (status) {
      case 400 -> 21211;
      case 401 -> 20003;
      case 404 -> 20404;
      case 429 -> 20429;
      default -> 20500;
    };
  }

  private static String messageFor(int status) {
    return switch (status) {
      case 400 -> "Invalid 'To' Phone Number";
      case 401 -> "Authenticate";
      case 404 -> "The requested resource was not found";
      case 429 -> "Too Many Requests";
      default -> "Internal Server Error";
    };
  }

  private String expectedAuthorization() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
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

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
  }

  private static Map<String, List<String>> decode(String body) {
    Map<String, List<String>> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      form.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return form;
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
