package org.omotenashi.concierge.web.support;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (404 no such resource, 405, 415, 401/403 from {@code @RolesAllowed}) as problem
 * documents instead of empty bodies. Keeps the headers JAX-RS set, such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    Response.StatusType status = original.getStatusInfo();
    Problem problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), detail(exception));
    Response.ResponseBuilder response = Response.fromResponse(original).entity(problem);
    return response.type(Problem.MEDIA_TYPE).build();
  }

  private static String detail(WebApplicationException exception) {
    if (exception instanceof NotFoundException) {
      return "There is nothing at this address";
    }
    if (exception instanceof NotAllowedException notAllowed) {
      return "This method is not allowed here; allowed: "
          + String.join(", ", notAllowed.getResponse().getAllowedMethods());
    }
    return switch (exception.getResponse().getStatus()) {
      case 401 -> "Sign in and send the access token as 'Authorization: Bearer <token>'";
      case 403 -> "Your role may not do this";
      default -> exception.getMessage();
    };
  }
}
