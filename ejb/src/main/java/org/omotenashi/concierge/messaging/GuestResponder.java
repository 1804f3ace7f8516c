package org.omotenashi.concierge.messaging;

import java.util.List;
import org.omotenashi.concierge.template.RenderedText;

/**
 * Answers a guest's text message in a conversation that staff do not hold: the seam where the
 * concierge agent plugs in. It may change the conversation (hand it to staff) and returns the
 * replies to send, in order, rendered from templates. The inbox calls it inside the transaction that marks the message
 * handled, so a reply is stored exactly when the message counts as handled.
 */
public interface GuestResponder {
  List<RenderedText> respond(Conversation conversation, Message message);
}
