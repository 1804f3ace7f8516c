package org.omotenashi.concierge.template;

import java.util.Set;

/**
 * A valid template that could not be rendered with the values the code gave it: a variable is
 * missing, or a value has the wrong type for its argument (a text where a plural needs a number).
 *
 * <p>This is always a bug in the calling code, never the guest's fault. It is thrown rather than
 * sending a message that shows {@code {guestName}} to a guest, so that tests catch it.
 */
public class TemplateRenderingException extends RuntimeException {
  private final Set<String> missingVariables;

  public TemplateRenderingException(String message, Throwable cause) {
    super(message, cause);
    this.missingVariables = Set.of();
  }

  private TemplateRenderingException(Set<String> missingVariables) {
    super("Template variable(s) missing: " + String.join(", ", missingVariables));
    this.missingVariables = Set.copyOf(missingVariables);
  }

  /** The failure for a template that uses variables the caller did not pass (or passed as null). */
  static TemplateRenderingException missing(Set<String> names) {
    return new TemplateRenderingException(names);
  }

  /** The variables the template uses that had no value; empty when something else went wrong. */
  public Set<String> missingVariables() {
    return missingVariables;
  }
}
