package org.omotenashi.concierge.booking.qloapps;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.omotenashi.concierge.booking.PmsUnavailableException;

/**
 * The HTTP side of the QloApps webservice (PrestaShop's, in QloApps's {@code
 * classes/webservice/WebserviceRequest.php}): every request carries the API key as the HTTP Basic
 * user name with an empty password, and {@code output_format=JSON} so that QloApps answers in JSON.
 *
 * <p>Answers that say QloApps cannot serve us become {@link PmsUnavailableException}: no answer in
 * time, no connection, 5xx, and 401/403/405 (the key is wrong, inactive or lacks a permission: an
 * administrator's problem, not the guest's). Other statuses (200, 201, 400, 404) are the caller's
 * to read. No message, log line or exception ever contains the API key.
 */
final class QloAppsWebservice {
  private static final Logger LOG = Logger.getLogger(QloAppsWebservice.class.getName());

  private final QloAppsSettings settings;
  private final HttpClient http;
  private final String authorization;

  QloAppsWebservice(QloAppsSettings settings) {
    this.settings = settings;
    // HTTP/1.1: PHP servers behind Apache or nginx do not speak cleartext HTTP/2 anyway.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((settings.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
  }

  /** One answer of QloApps: its status and body, with the call it answers for messages. */
  record Answer(String call, int status, String body) {
    boolean isSuccess() {
      return status == 200 || status == 201;
    }

    JsonObject json() {
      if (body == null || body.isBlank()) {
        throw new PmsUnavailableException("QloApps answered " + call + " with an empty body");
      }
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      } catch (JsonException | IllegalStateException e) {
        throw new PmsUnavailableException(
            "QloApps answered " + call + " with something that is not JSON");
      }
    }

    /** The first error message of a QloApps error answer ({@code {"errors": [{"message"}]}}). */
    String errorMessage() {
      try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
        JsonObject error = reader.readObject().getJsonArray("errors").get(0).asJsonObject();
        return JsonFields.text(error, "message");
      } catch (RuntimeException e) {
        return "HTTP " + status;
      }
    }
  }

  Answer get(String resource, Map<String, String> query) {
    return send("GET " + resource, request(resource, query).GET());
  }

  Answer postXml(String resource, String xml) {
    return send(
        "POST " + resource,
        request(resource, Map.of())
            .header("Content-Type", "application/xml; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
  }

  Answer postJson(String resource, JsonObject body) {
    return send(
        "POST " + resource,
        request(resource, Map.of())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  Answer putJson(String resource, JsonObject body) {
    return send(
        "PUT " + resource,
        request(resource, Map.of())
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String resource, Map<String, String> query) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("output_format", "JSON");
    parameters.putAll(query);
    StringBuilder uri =
        new StringBuilder(settings.baseUrl().toString()).append('/').append(resource);
    char separator = '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      uri.append(separator)
          .append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return HttpRequest.newBuilder(URI.create(uri.toString()))
        .timeout(settings.timeout())
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private Answer send(String call, HttpRequest.Builder request) {
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw unavailable("QloApps did not answer " + call + " within " + settings.timeout());
    } catch (ConnectException e) {
      throw unavailable("QloApps cannot be reached at " + settings.baseUrl() + " (" + call + ")");
    } catch (IOException e) {
      throw unavailable(
          "The connection to QloApps failed during " + call + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("Interrupted while waiting for QloApps to answer " + call);
    }
    Answer answer = new Answer(call, response.statusCode(), response.body());
    int status = answer.status();
    if (status == 401 || status == 403 || status == 405) {
      throw unavailable(
          "QloApps refused the API key for "
              + call
              + " (HTTP "
              + status
              + ": "
              + redact(answer.errorMessage())
              + "); check CONCIERGE_PMS_QLOAPPS_API_KEY and the key's permissions in QloApps");
    }
    if (status >= 500) {
      throw unavailable("QloApps failed to answer " + call + " (HTTP " + status + ")");
    }
    return answer;
  }

  /** Text that came from QloApps, with the API key taken out in case QloApps echoed it. */
  String redact(String text) {
    return text == null ? null : text.replace(settings.apiKey(), "(api key)");
  }

  private PmsUnavailableException unavailable(String message) {
    LOG.warning(message);
    return new PmsUnavailableException(message);
  }
}
