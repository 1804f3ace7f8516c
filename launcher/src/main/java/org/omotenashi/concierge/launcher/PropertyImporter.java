package org.omotenashi.concierge.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./concierge import-property FILE}: signs in to a running system as {@code admin} and loads
 * a property file with {@code PUT /api/v1/property}, then prints the answer, which lists the
 * generated passwords of the staff accounts the file opened.
 */
final class PropertyImporter {
  static final String ADMIN = "admin";

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final PrintStream out;

  PropertyImporter(URI base, PrintStream out) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.out = out;
  }

  /** Reads the settings from the environment, asking for the password on a terminal if unset. */
  static int run(Path file) throws IOException, InterruptedException {
    URI base =
        URI.create(
            Optional.ofNullable(System.getenv(Settings.URL)).orElse("http://localhost:8080"));
    Optional<String> password =
        Optional.ofNullable(System.getenv(Settings.ADMIN_PASSWORD)).or(() -> ask(base));
    if (password.isEmpty()) {
      System.err.println(
          "Set " + Settings.ADMIN_PASSWORD + " (no terminal to ask for the password on).");
      return 2;
    }
    try {
      return new PropertyImporter(base, System.out).importFile(file, password.get());
    } catch (IOException e) {
      System.err.println("import-property: " + e.getMessage());
      return 1;
    }
  }

  int importFile(Path file, String password) throws IOException, InterruptedException {
    if (!Files.isRegularFile(file)) {
      out.println("No such file: " + file);
      return 2;
    }
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(base.resolve("api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("username", ADMIN, "password", password)))));
    if (login.statusCode() != 200) {
      out.println("Signing in as " + ADMIN + " at " + base + " failed: HTTP " + login.statusCode());
      out.println(pretty(login.body()));
      return 1;
    }
    String token = json.readTree(login.body()).path("accessToken").asText();
    HttpResponse<String> reply =
        send(
            HttpRequest.newBuilder(base.resolve("api/v1/property"))
                .header("Content-Type", "application/yaml")
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofFile(file)));
    out.println(
        reply.statusCode() == 200
            ? "Loaded " + file + ":"
            : "Not loaded: HTTP " + reply.statusCode());
    out.println(pretty(reply.body()));
    return reply.statusCode() == 200 ? 0 : 1;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    try {
      return http.send(
          request.timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.net.ConnectException e) {
      throw new IOException(
          "Nothing answers at " + base + " (is the system running? " + Settings.URL + ")", e);
    }
  }

  /** The body as indented JSON, or as it came when it is not JSON. */
  private String pretty(String body) {
    try {
      JsonNode tree = json.readTree(body);
      return tree == null ? body : json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      return body;
    }
  }

  private static Optional<String> ask(URI base) {
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    char[] typed = console.readPassword("Password of %s at %s: ", ADMIN, base);
    return typed == null ? Optional.empty() : Optional.of(new String(typed));
  }
}
