package org.omotenashi.concierge.agent.llm;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * A stand-in for Anthropic's Messages API, {@code POST /v1/messages}: checks {@code x-api-key} and
 * {@code anthropic-version}, the request's shape ({@code model}, {@code max_tokens}, {@code
 * messages} alternating user and assistant, {@code tools} with an {@code input_schema}), and that
 * every {@code tool_use} of the assistant is answered by a {@code tool_result} block with its id in
 * the next user message. Answers a message with {@code text} or {@code tool_use} content blocks
 * and {@code stop_reason} {@code end_turn} or {@code tool_use}; errors as {@code {"type": "error",
 * "error": {"type": ..., "message": ...}}}.
 */
final class FakeAnthropic extends FakeLlmServer {
  private final String apiKey;

  FakeAnthropic(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public String baseUrl() {
    return root() + "/v1";
  }

  @Override
  String path() {
    return "/v1/messages";
  }

  @Override
  String unauthorised(HttpExchange exchange) {
    if (!apiKey.equals(exchange.getRequestHeaders().getFirst("x-api-key"))) {
      return errorBody(401, "invalid x-api-key");
    }
    if (exchange.getRequestHeaders().getFirst("anthropic-version") == null) {
      return errorBody(400, "anthropic-version: header is required");
    }
    return null;
  }

  @Override
  String malformed(JsonObject body) {
    if (!body.containsKey("model") || !body.containsKey("max_tokens")) {
      return "model and max_tokens are required";
    }
    JsonArray messages = body.getJsonArray("messages");
    if (messages == null || messages.isEmpty()) {
      return "messages: at least one message is required";
    }
    boolean toolBlocks = false;
    Set<String> pending = new HashSet<>();
    String previousRole = null;
    for (JsonValue value : messages) {
      JsonObject message = value.asJsonObject();
      String role = message.getString("role", "");
      if (!role.equals("user") && !role.equals("assistant")) {
        return "messages: role must be user or assistant, not " + role;
      }
      if (role.equals(previousRole)) {
        return "messages: roles must alternate between user and assistant";
      }
      previousRole = role;
      JsonValue content = message.get("content");
      if (role.equals("user") && !pending.isEmpty()) {
        if (!(content instanceof JsonArray blocks)) {
          return "tool_use ids were found without tool_result blocks immediately after: " + pending;
        }
        for (JsonValue block : blocks) {
          JsonObject object = block.asJsonObject();
          if ("tool_result".equals(object.getString("type", ""))) {
            pending.remove(object.getString("tool_use_id", ""));
          }
        }
        if (!pending.isEmpty()) {
          return "tool_use ids were found without tool_result blocks immediately after: " + pending;
        }
      }
      if (content instanceof JsonArray blocks) {
        for (JsonValue block : blocks) {
          JsonObject object = block.asJsonObject();
          if ("tool_use".equals(object.getString("type", ""))) {
            toolBlocks = true;
            if (!(object.get("input") instanceof JsonObject)) {
              return "tool_use.input must be an object";
            }
            pending.add(object.getString("id"));
          }
        }
      }
    }
    JsonArray tools = body.getJsonArray("tools");
    if (toolBlocks && (tools == null || tools.isEmpty())) {
      return "Requests which include tool_use or tool_result blocks must define tools.";
    }
    if (tools != null) {
      for (JsonValue tool : tools) {
        JsonObject schema = tool.asJsonObject().getJsonObject("input_schema");
        if (!tool.asJsonObject().containsKey("name") || schema == null || !"object".equals(schema.getString("type", ""))) {
          return "tools: each tool needs a name and an input_schema of type object";
        }
      }
    }
    return null;
  }

  @Override
  String errorBody(int status, String message) {
    String type = switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_error";
      case 529 -> "overloaded_error";
      default -> "api_error";
    };
    return Json.createObjectBuilder()
        .add("type", "error")
        .add("error", Json.createObjectBuilder().add("type", type).add("message", message))
        .build()
        .toString();
  }

  @Override
  JsonObject answer(JsonObject request, Step step) {
    JsonArrayBuilder content = Json.createArrayBuilder();
    if (step.text() != null) {
      content.add(Json.createObjectBuilder().add("type", "text").add("text", step.text()));
    }
    for (ToolUse use : step.toolUses()) {
      content.add(Json.createObjectBuilder()
          .add("type", "tool_use")
          .add("id", nextId("toolu_01FAKE"))
          .add("name", use.name())
          .add("input", object(use.arguments())));
    }
    return Json.createObjectBuilder()
        .add("id", nextId("msg_01FAKE"))
        .add("type", "message")
        .add("role", "assistant")
        .add("model", request.getString("model"))
        .add("content", content)
        .add("stop_reason", step.toolUses().isEmpty() ? "end_turn" : "tool_use")
        .addNull("stop_sequence")
        .add("usage", Json.createObjectBuilder().add("input_tokens", 120).add("output_tokens", 30))
        .build();
  }
}
