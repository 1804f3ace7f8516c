package org.omotenashi.concierge.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * Everything no other mapper claims: logged in full with the request's correlation id, answered with
 * a 500 problem that names the id and nothing else (no stack trace, no internals).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    Throwable cause = exception instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : exception;
    if (cause instanceof BusinessException business) {
      return new BusinessExceptionMapper().toResponse(business);
    }
    if (cause instanceof EJBAccessException) {
      return Problem.of(403, "Forbidden", "Your role may not do this").toResponse();
    }
    String requestId = RequestLogFilter.currentRequestId();
    LOG.log(Level.SEVERE, "Unexpected failure in request " + requestId, exception);
    return Problem.of(
            500,
            "Internal Server Error",
            "Something went wrong on our side. Quote request id " + requestId + " to support.")
        .toResponse();
  }
}
