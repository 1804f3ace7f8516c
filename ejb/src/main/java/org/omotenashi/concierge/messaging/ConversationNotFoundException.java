package org.omotenashi.concierge.messaging;

import jakarta.ejb.ApplicationException;
import org.omotenashi.concierge.platform.BusinessException;

/** No conversation has this id (or, for the web chat, not for this guest). */
@ApplicationException(rollback = true)
public class ConversationNotFoundException extends BusinessException {
  public ConversationNotFoundException(String id) {
    super("No conversation " + id);
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Conversation not found";
  }
}
