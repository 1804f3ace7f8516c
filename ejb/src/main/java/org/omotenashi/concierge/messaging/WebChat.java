package org.omotenashi.concierge.messaging;

/** The guest web chat, the one channel that is its own provider: replies travel in HTTP answers. */
public final class WebChat {
  public static final String PROVIDER = "webchat";

  private WebChat() {}
}
