package org.omotenashi.concierge.messaging;

/**
 * A provider did not take a message. {@code permanent} failures (an invalid number, free text
 * outside the service window with no template configured) are not retried; the others (timeouts,
 * 5xx, 429) are, with backoff, up to the outbox's limit.
 */
public class DeliveryFailure extends Exception {
  private final boolean permanent;

  public DeliveryFailure(String reason, boolean permanent) {
    super(reason);
    this.permanent = permanent;
  }

  public DeliveryFailure(String reason, boolean permanent, Throwable cause) {
    super(reason, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
