package org.omotenashi.concierge.web.support;

import java.util.Set;

/** The exception mappers that turn every failure into a problem document, for each JAX-RS application. */
public final class ProblemMappers {
  public static final Set<Class<?>> CLASSES =
      Set.of(
          BusinessExceptionMapper.class,
          UnexpectedExceptionMapper.class,
          WebApplicationExceptionMapper.class,
          MalformedJsonMapper.class,
          ValidationExceptionMapper.class);

  private ProblemMappers() {}
}
