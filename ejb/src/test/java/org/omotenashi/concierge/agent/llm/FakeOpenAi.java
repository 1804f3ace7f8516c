package org.omotenashi.concierge.agent.llm;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Set;

/**
 * A stand-in for OpenAI's Chat Completions API (and the servers that copy it), {@code POST
 * /v1/chat/completions}: checks the bearer key, the request's shape ({@code model}, {@code
 * messages}, {@code tools} of type {@code function} with {@code parameters}), and that every
 * {@code tool_calls} entry of the assistant is answered by a {@code tool} message with its {@code
 * tool_call_id}. Answers a {@code chat.completion} whose message has {@code content} or {@code
 * tool_calls} (with {@code function.arguments} as a JSON string) and {@code finish_reason} {@code
 * stop} or {@code tool_calls}; errors as {@code {"error": {"message", "type", "param", "code"}}}.
 */
public final class FakeOpenAi extends FakeLlmServer {
  private final String apiKey;

  public FakeOpenAi(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public String baseUrl() {
    return root() + "/v1";
  }

  @Override
  String path() {
    return "/v1/chat/completions";
  }

  @Override
  String unauthorised(HttpExchange exchange) {
    return ("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))
        ? null
        : errorBody(401, "Incorrect API key provided.");
  }

  @Override
  String malformed(JsonObject body) {
    if (!body.containsKey("model")) {
      return "you must provide a model parameter";
    }
    JsonArray messages = body.getJsonArray("messages");
    if (messages == null || messages.isEmpty()) {
      return "messages: at least one message is required";
    }
    Set<String> pending = new HashSet<>();
    for (JsonValue value : messages) {
      JsonObject message = value.asJsonObject();
      String role = message.getString("role", "");
      if (!Set.of("system", "developer", "user", "assistant", "tool").contains(role)) {
        return "messages: invalid role " + role;
      }
      if (role.equals("tool")) {
        if (!pending.remove(message.getString("tool_call_id", ""))) {
          return "messages with role 'tool' must be a response to a preceding message with 'tool_calls'";
        }
      } else if (!pending.isEmpty()) {
        return "an assistant message with 'tool_calls' must be followed by tool messages responding to each"
            + " 'tool_call_id': " + pending;
      }
      JsonArray calls = message.getJsonArray("tool_calls");
      if (calls != null) {
        for (JsonValue call : calls) {
          JsonObject function = call.asJsonObject().getJsonObject("function");
          if (function == null || !(function.get("arguments") instanceof JsonString)) {
            return "tool_calls[].function.arguments must be a string";
          }
          pending.add(call.asJsonObject().getString("id"));
        }
      }
    }
    JsonArray tools = body.getJsonArray("tools");
    if (tools != null) {
      for (JsonValue tool : tools) {
        JsonObject function = tool.asJsonObject().getJsonObject("function");
        if (!"function".equals(tool.asJsonObject().getString("type", "")) || function == null
            || !function.containsKey("name") || !function.containsKey("parameters")) {
          return "tools: each tool is {type: function, function: {name, parameters}}";
        }
      }
    }
    return null;
  }

  @Override
  String errorBody(int status, String message) {
    String type = status == 401 ? "invalid_request_error" : status >= 500 ? "server_error" : "invalid_request_error";
    return Json.createObjectBuilder()
        .add("error", Json.createObjectBuilder()
            .add("message", message)
            .add("type", type)
            .addNull("param")
            .add("code", status == 401 ? "invalid_api_key" : "error"))
        .build()
        .toString();
  }

  @Override
  JsonObject answer(JsonObject request, Step step) {
    JsonObjectBuilder message = Json.createObjectBuilder().add("role", "assistant");
    if (step.text() != null) {
      message.add("content", step.text());
    } else {
      message.addNull("content");
    }
    if (!step.toolUses().isEmpty()) {
      JsonArrayBuilder calls = Json.createArrayBuilder();
      for (ToolUse use : step.toolUses()) {
        calls.add(Json.createObjectBuilder()
            .add("id", nextId("call_FAKE"))
            .add("type", "function")
            .add("function", Json.createObjectBuilder().add("name", use.name()).add("arguments", use.arguments())));
      }
      message.add("tool_calls", calls);
    }
    return Json.createObjectBuilder()
        .add("id", nextId("chatcmpl-FAKE"))
        .add("object", "chat.completion")
        .add("created", 1_795_000_000L)
        .add("model", request.getString("model"))
        .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
            .add("index", 0)
            .add("message", message)
            .addNull("logprobs")
            .add("finish_reason", step.toolUses().isEmpty() ? "stop" : "tool_calls")))
        .add("usage", Json.createObjectBuilder()
            .add("prompt_tokens", 120).add("completion_tokens", 30).add("total_tokens", 150))
        .build();
  }
}
