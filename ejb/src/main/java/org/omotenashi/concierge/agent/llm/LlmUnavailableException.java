package org.omotenashi.concierge.agent.llm;

/**
 * The LLM did not answer usefully: no connection, no answer in time, an error status, an answer
 * that is not the provider's format, or the configuration is wrong. The concierge then answers
 * offline. The message never contains the API key.
 */
public class LlmUnavailableException extends RuntimeException {
  public LlmUnavailableException(String message) {
    super(message);
  }

  public LlmUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
