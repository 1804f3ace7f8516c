package org.omotenashi.concierge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the API, as a hotel's own script would use it. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private String bearerToken;

  ApiClient(URI base) {
    this.base = base;
  }

  /** The answer to one request: status, content type, body (parsed when it is JSON). */
  public record Reply(int status, String contentType, String text, JsonNode json, HttpResponse<String> raw) {
    public Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }
  }

  /** Signs in and sends the access token with every later request of this client. */
  public ApiClient signedInAs(String username, String password) {
    Reply reply = post("/api/v1/auth/login", Map.of("username", username, "password", password));
    if (reply.status() != 200) {
      throw new AssertionError("Sign-in of " + username + " failed: " + reply.status() + " " + reply.text());
    }
    return withToken(reply.json().get("accessToken").asText());
  }

  public ApiClient withToken(String token) {
    ApiClient client = new ApiClient(base);
    client.bearerToken = token;
    return client;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET that accepts another media type than JSON (Prometheus text, YAML, HTML). */
  public Reply get(String path, String accept) {
    return send(request(path).setHeader("Accept", accept).GET());
  }

  public Reply post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  public Reply postRaw(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply patch(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
  }

  public Reply put(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
    if (bearerToken != null) {
      builder.header("Authorization", "Bearer " + bearerToken);
    }
    return builder;
  }

  private static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json = MissingNode.getInstance();
      if (contentType.contains("json") && !response.body().isEmpty()) {
        json = JSON.readTree(response.body());
      }
      return new Reply(response.statusCode(), contentType, response.body(), json, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
