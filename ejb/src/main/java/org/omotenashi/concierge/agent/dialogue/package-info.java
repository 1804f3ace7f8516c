/**
 * The offline concierge's dialogue: what it knows and still needs in a conversation, one question
 * at a time, and which tool it uses when. Pure Java over the {@link
 * org.omotenashi.concierge.agent.dialogue.AgentTools} contract, so it runs (and is tested and
 * benchmarked) without a server or a database.
 */
package org.omotenashi.concierge.agent.dialogue;
