/**
 * The concierge's optional LLM provider (Anthropic, an OpenAI-compatible server or Ollama): the
 * model chooses the same tools as the offline dialogue, behind guardrails that check every
 * argument and only ever propose booking changes, and falls back to the offline concierge on any
 * failure. Nothing here runs, nor calls the network, unless {@code concierge.agent.llm.provider} is
 * set. Dialogue rules stay in {@code agent.dialogue}; nothing here writes a booking.
 */
package org.omotenashi.concierge.agent.llm;
