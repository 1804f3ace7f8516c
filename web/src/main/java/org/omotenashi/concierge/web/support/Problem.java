package org.omotenashi.concierge.web.support;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what every error of the API looks like to a client. {@code errors}
 * names the fields at fault when a request body or parameter was invalid.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://omotenashi.example/problems/";

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(title), title, status, detail, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(typeFor("Invalid request"), "Invalid request", 400, detail, errors);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, fieldErrors);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  private static String typeFor(String title) {
    return TYPE_BASE + title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }
}
