package org.omotenashi.concierge.messaging;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** What staff asked of a conversation does not fit its state (handing back one that is closed). */
@ApplicationException(rollback = true)
public class ConversationStateException extends BusinessException {
  public ConversationStateException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conversation state conflict";
  }
}
