package org.omotenashi.concierge.platform;

import java.util.Optional;

/**
 * A failure a caller can understand and act on (unknown user, invalid property file, ...). The web
 * boundary maps it once to a problem document with {@link #status()}; the message is safe to show.
 */
public abstract class BusinessException extends RuntimeException {
  protected BusinessException(String message) {
    super(message);
  }

  /** The HTTP status that describes this failure to a client. */
  public abstract int status();

  /** A short, stable title for the problem type. */
  public abstract String title();

  /** The request field at fault, by its JSON name ({@code guest.email}), where one is. */
  public Optional<String> field() {
    return Optional.empty();
  }
}
