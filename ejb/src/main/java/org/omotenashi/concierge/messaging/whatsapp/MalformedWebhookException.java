package org.omotenashi.concierge.messaging.whatsapp;

/**
 * A webhook body that is not the JSON WhatsApp sends: not JSON at all, or a field missing or of the
 * wrong kind. The webhook answers 400 and stores nothing. The message names what is wrong and never
 * quotes the body, which holds guests' messages.
 */
public class MalformedWebhookException extends IllegalArgumentException {
  public MalformedWebhookException(String problem) {
    super("Not a WhatsApp webhook payload: " + problem);
  }

  public MalformedWebhookException(String problem, Throwable cause) {
    super("Not a WhatsApp webhook payload: " + problem, cause);
  }
}
