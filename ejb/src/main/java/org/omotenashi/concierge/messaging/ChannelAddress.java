package org.omotenashi.concierge.messaging;

import java.util.Objects;

/**
 * Who a guest is on a channel: a phone number in E.164 ({@code +818012345678}) for WhatsApp and
 * SMS, the browser's guest id for the web chat.
 */
public record ChannelAddress(Channel channel, String value) {
  public static final int MAX_LENGTH = 120;

  public ChannelAddress {
    Objects.requireNonNull(channel, "channel");
    if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A channel address is 1 to " + MAX_LENGTH + " characters");
    }
  }
}
