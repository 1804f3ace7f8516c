package org.omotenashi.concierge.web.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on a request: 400, naming each field by its JSON name ({@code username},
 * {@code guest.email}) rather than by Java method and parameter names.
 */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    return Problem.invalid(detail, errors).toResponse();
  }

  /**
   * The JSON path of the field: {@code login.request.guest.email} gives {@code guest.email}; a
   * violation on a parameter itself ({@code @QueryParam}) gives the parameter's name.
   */
  private static String field(ConstraintViolation<?> violation) {
    List<String> properties = new ArrayList<>();
    String parameter = "body";
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY, BEAN, CONTAINER_ELEMENT -> properties.add(node.getName());
        default -> {}
      }
    }
    return properties.isEmpty() ? parameter : String.join(".", properties);
  }
}
