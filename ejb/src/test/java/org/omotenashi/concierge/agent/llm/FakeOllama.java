package org.omotenashi.concierge.agent.llm;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * A stand-in for Ollama's chat API, {@code POST /api/chat} (no key): checks the request's shape
 * ({@code model}, {@code messages}, {@code stream: false}, {@code tools} of type {@code function})
 * and that a {@code tool} message follows the assistant's {@code tool_calls}. Answers {@code
 * {"model", "created_at", "message": {"role": "assistant", "content", "tool_calls": [{"function":
 * {"name", "arguments": {...}}}]}, "done": true, "done_reason": "stop"}} (arguments as an object,
 * unlike OpenAI); errors as {@code {"error": "..."}}.
 */
final class FakeOllama extends FakeLlmServer {
  @Override
  public String baseUrl() {
    return root();
  }

  @Override
  String path() {
    return "/api/chat";
  }

  @Override
  String unauthorised(HttpExchange exchange) {
    return null;
  }

  @Override
  String malformed(JsonObject body) {
    if (!body.containsKey("model")) {
      return "model is required";
    }
    if (body.getBoolean("stream", true)) {
      return "the fake only answers stream: false";
    }
    JsonArray messages = body.getJsonArray("messages");
    if (messages == null || messages.isEmpty()) {
      return "messages: at least one message is required";
    }
    boolean awaitingResult = false;
    for (JsonValue value : messages) {
      JsonObject message = value.asJsonObject();
      String role = message.getString("role", "");
      if (!Set.of("system", "user", "assistant", "tool").contains(role)) {
        return "invalid role " + role;
      }
      if (awaitingResult && !role.equals("tool")) {
        return "a tool message must follow the assistant's tool_calls";
      }
      awaitingResult = false;
      JsonArray calls = message.getJsonArray("tool_calls");
      if (calls != null && !calls.isEmpty()) {
        for (JsonValue call : calls) {
          if (!(call.asJsonObject().getJsonObject("function").get("arguments") instanceof JsonObject)) {
            return "tool_calls[].function.arguments must be an object";
          }
        }
        awaitingResult = true;
      }
    }
    JsonArray tools = body.getJsonArray("tools");
    if (tools != null) {
      for (JsonValue tool : tools) {
        if (!"function".equals(tool.asJsonObject().getString("type", ""))
            || tool.asJsonObject().getJsonObject("function") == null) {
          return "tools: each tool is {type: function, function: {...}}";
        }
      }
    }
    return null;
  }

  @Override
  String errorBody(int status, String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }

  @Override
  JsonObject answer(JsonObject request, Step step) {
    JsonObjectBuilder message = Json.createObjectBuilder()
        .add("role", "assistant")
        .add("content", step.text() == null ? "" : step.text());
    if (!step.toolUses().isEmpty()) {
      JsonArrayBuilder calls = Json.createArrayBuilder();
      for (ToolUse use : step.toolUses()) {
        calls.add(Json.createObjectBuilder().add("function",
            Json.createObjectBuilder().add("name", use.name()).add("arguments", object(use.arguments()))));
      }
      message.add("tool_calls", calls);
    }
    return Json.createObjectBuilder()
        .add("model", request.getString("model"))
        .add("created_at", "2026-11-23T01:00:00.000000Z")
        .add("message", message)
        .add("done", true)
        .add("done_reason", "stop")
        .add("total_duration", 1_000_000L)
        .add("prompt_eval_count", 120)
        .add("eval_count", 30)
        .build();
  }
}
