/**
 * The concierge agent: reads each guest message ({@code agent.understanding}), keeps what it knows
 * of the conversation ({@code agent.dialogue}), acts through its tools (bookings, the hotel's facts,
 * tasks, hand-off to staff) and answers from templates. {@link
 * org.omotenashi.concierge.agent.dialogue.Concierge} decides without touching the database; {@link
 * ConciergeAgent} runs it inside the inbox's transaction and records every turn.
 */
package org.omotenashi.concierge.agent;
