package org.omotenashi.concierge.web.support;

import java.util.Set;

/**
 * The providers every JAX-RS application of the web module has: the exception mappers that turn
 * every failure into a problem document, and the request size limit.
 */
public final class CommonProviders {
  public static final Set<Class<?>> CLASSES =
      Set.of(
          BusinessExceptionMapper.class,
          UnexpectedExceptionMapper.class,
          WebApplicationExceptionMapper.class,
          MalformedJsonMapper.class,
          ValidationExceptionMapper.class,
          RequestSizeLimit.class);

  private CommonProviders() {}
}
