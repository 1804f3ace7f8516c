package org.omotenashi.concierge.web.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The servlet container's error page (web.xml sends every error status here): a problem document for
 * API clients and anything that does not ask for HTML; a plain page for a person's browser on the
 * console. Never the server's default page with its version and stack trace.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String title = title(status);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (wantsHtml(request, uri)) {
      response.setContentType("text/html");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html><head><title>"
                  + title
                  + "</title></head><body><h1>"
                  + status
                  + " "
                  + title
                  + "</h1><p><a href=\""
                  + request.getContextPath()
                  + "/\">Back to the console</a></p></body></html>");
      return;
    }
    response.setContentType(Problem.MEDIA_TYPE);
    response.getWriter().write(JSON.toJson(Problem.of(status, title, detail(status))));
  }

  private static boolean wantsHtml(HttpServletRequest request, String uri) {
    String accept = request.getHeader("Accept");
    boolean machinePath = uri.contains("/api/") || uri.contains("/webhooks/");
    return !machinePath && accept != null && accept.contains("text/html");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 401 -> "Sign in and send the access token as 'Authorization: Bearer <token>'";
      case 403 -> "Your role may not do this";
      case 404 -> "There is nothing at this address";
      default -> status >= 500 ? "Something went wrong on our side" : "The request was refused";
    };
  }
}
