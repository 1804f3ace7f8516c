package org.omotenashi.concierge.agent.dialogue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a guest message arrived: its conversation and channel, and the time.
 *
 * @param guestPhone the guest's number when they write from a phone (WhatsApp, SMS), else null
 * @param today the hotel's date now, in its timezone
 */
public record TurnContext(String conversationId, String guestPhone, LocalDate today, Instant now) {}
