package org.omotenashi.concierge.web.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a request body over 1 MB before anything reads it (413): no API call, web chat message or
 * webhook needs more, and an endless body must not tie up a thread or fill the memory. Bodies sent
 * without a length (chunked) are bounded where they are read (the WhatsApp webhook reads at most
 * 1 MB; JSON bodies are small records).
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BODY_BYTES) {
      request.abortWith(
          Problem.of(413, "Content Too Large", "A request body is at most " + MAX_BODY_BYTES + " bytes")
              .toResponse());
    }
  }
}
