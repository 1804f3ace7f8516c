package org.omotenashi.concierge.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One log line per request with a correlation id, which is also returned as {@code X-Request-Id}
 * (or taken from the caller's, when a proxy already set a sane one). Logs the path only: query
 * strings and headers may carry tokens.
 *
 * <p>Also on the ERROR dispatch: a request that authentication turns away (a bad token) never reaches
 * the REQUEST filter chain, only the error page; a request that did is not logged twice.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestLogFilter extends HttpFilter {
  public static final String HEADER = "X-Request-Id";
  private static final Logger LOG = Logger.getLogger("org.omotenashi.concierge.access");
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The correlation id of the request this thread is serving, for other log lines. */
  public static String currentRequestId() {
    String id = CURRENT.get();
    return id == null ? "-" : id;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getAttribute(HEADER) != null) {
      chain.doFilter(request, response);
      return;
    }
    String given = request.getHeader(HEADER);
    String requestId =
        given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setAttribute(HEADER, requestId);
    response.setHeader(HEADER, requestId);
    CURRENT.set(requestId);
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.info(
          () ->
              String.format(
                  "%s %s %s %d %dms",
                  requestId,
                  request.getMethod(),
                  originalUri(request),
                  response.getStatus(),
                  millis));
      CURRENT.remove();
    }
  }

  private static String originalUri(HttpServletRequest request) {
    return request.getDispatcherType() == DispatcherType.ERROR
        ? String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
        : request.getRequestURI();
  }
}
