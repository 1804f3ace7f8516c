package org.omotenashi.concierge.web.support;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.omotenashi.concierge.platform.BusinessException;

/**
 * A business failure: its own status and message, which are written to be shown to clients, and the
 * field at fault where the failure names one.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {
  @Override
  public Response toResponse(BusinessException exception) {
    Problem problem = Problem.of(exception.status(), exception.title(), exception.getMessage());
    return exception
        .field()
        .map(field -> problem.withErrors(List.of(new Problem.FieldError(field, exception.getMessage()))))
        .orElse(problem)
        .toResponse();
  }
}
