package org.omotenashi.concierge.messaging;

/** How a guest writes to the hotel. WhatsApp messages may come through Meta or through Twilio. */
public enum Channel {
  WEBCHAT,
  WHATSAPP,
  SMS
}
