package org.omotenashi.concierge.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.template.RenderedText;
import org.omotenashi.concierge.template.TemplateKeys;
import org.omotenashi.concierge.template.TemplateService;

/**
 * The responder until the concierge agent exists: acknowledges the first message of a conversation
 * in the guest's language and hands the conversation to staff, who answer from the console. Later
 * messages wait for staff without another acknowledgement.
 */
@ApplicationScoped
public class AcknowledgingResponder implements GuestResponder {
  static final String HANDOFF_REASON = "No concierge agent is installed: staff answer every guest";

  @Inject TemplateService templates;
  @Inject PropertyService properties;
  @Inject Clock clock;

  @Override
  public List<RenderedText> respond(Conversation conversation, Message message) {
    if (conversation.getStatus() != ConversationStatus.BOT) {
      return List.of();
    }
    conversation.handToStaff(HANDOFF_REASON, clock.instant());
    return List.of(
        templates.render(
            TemplateKeys.CONVERSATION_ACKNOWLEDGED,
            conversation.getLanguage(),
            conversation.getGuest().key(),
            conversation.getId(),
            Map.of("hotelName", properties.getProperty().getName())));
  }
}
