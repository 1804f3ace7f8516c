package org.omotenashi.concierge.messaging.whatsapp;

import org.omotenashi.concierge.messaging.DeliveryFailure;

/**
 * A failure that retrying cannot cure and that says nothing about WhatsApp's health (an invalid
 * number, free text outside the window without a template, a refused request). Its own type so that
 * the circuit breaker can count it as a success: a run of bad numbers must not cut off every guest.
 */
final class PermanentDeliveryFailure extends DeliveryFailure {
  PermanentDeliveryFailure(String reason) {
    super(reason, true);
  }
}
