package org.omotenashi.concierge.messaging;

/** What a guest sent. Only text is understood; everything else is kept and answered politely. */
public enum MessageKind {
  TEXT,
  IMAGE,
  AUDIO,
  VIDEO,
  DOCUMENT,
  LOCATION,
  STICKER,
  CONTACTS,
  OTHER
}
