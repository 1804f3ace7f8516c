package org.omotenashi.concierge.messaging.twilio;

import org.omotenashi.concierge.messaging.DeliveryFailure;

/**
 * A message Twilio (or this adapter, on Twilio's rules) will never take as it is: always permanent.
 * A separate type so that the circuit breaker can tell it apart: a refused message says nothing
 * about Twilio's health and must not open the circuit for every other guest.
 */
final class TwilioRejection extends DeliveryFailure {
  private static final long serialVersionUID = 1L;

  TwilioRejection(String reason) {
    super(reason, true);
  }
}
