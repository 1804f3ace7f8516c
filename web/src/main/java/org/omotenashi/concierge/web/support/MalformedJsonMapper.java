package org.omotenashi.concierge.web.support;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not the JSON the endpoint expects. JSON-B reports it wrapped in a {@link
 * ProcessingException}; anything else of that type is a server fault and goes to the general mapper.
 */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<ProcessingException> {
  @Override
  public Response toResponse(ProcessingException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return Problem.of(400, "Malformed JSON", "The request body is not valid JSON for this endpoint")
            .toResponse();
      }
    }
    return new UnexpectedExceptionMapper().toResponse(exception);
  }
}
