package org.omotenashi.concierge.web.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The one authentication mechanism of the web module, because Jakarta Security 3 allows only one per
 * module and the application needs two ways in:
 *
 * <ul>
 *   <li>{@code /api/...}: MicroProfile JWT bearer tokens. Delegated, untouched, to the mechanism the
 *       platform installs for {@code @LoginConfig(authMethod = "MP-JWT")}, so the platform verifies
 *       signature, issuer and expiry.
 *   <li>the console ({@code /console/...}): a form sign-in (the login page calls {@code SecurityContext.authenticate} with
 *       the user name and password, checked by {@link StaffIdentityStore}), then the HTTP session.
 *       The session never authenticates API calls, so the API cannot be driven by a cookie (CSRF).
 * </ul>
 *
 * <p>Selected over the platform's JWT mechanism as a prioritised CDI alternative.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String CONSOLE_PATH = "/console/";
  private static final String SESSION_KEY = "concierge.signedInStaff";

  @Inject BeanManager beanManager;
  @Inject IdentityStoreHandler identityStores;

  private volatile HttpAuthenticationMechanism bearerTokens;

  /** Who signed in to the console; kept in the session. */
  record SignedInStaff(String username, Set<String> roles) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApiRequest(request)) {
      return bearerTokens().validateRequest(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, context, identityStores.validate(credential));
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedInStaff staff) {
      return context.notifyContainerAboutLogin(staff.username(), staff.roles());
    }
    if (isConsolePage(request)) {
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // Not responseUnauthorized(): that sends a 401 error page, and the sign-in page could no
      // longer say what went wrong next to the form.
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id on sign-in, so that a session id planted before cannot be used after.
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SESSION_KEY,
            new SignedInStaff(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /** Console pages need a signed-in staff member (web.xml cannot say so next to MP-JWT). */
  private static boolean isConsolePage(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + CONSOLE_PATH);
  }

  private static boolean isApiRequest(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private HttpAuthenticationMechanism bearerTokens() {
    HttpAuthenticationMechanism mechanism = bearerTokens;
    if (mechanism == null) {
      Bean<?> bean =
          beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(candidate -> !candidate.getBeanClass().equals(getClass()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("MP-JWT's authentication mechanism is missing"));
      mechanism =
          (HttpAuthenticationMechanism)
              beanManager.getReference(
                  bean, HttpAuthenticationMechanism.class, beanManager.createCreationalContext(bean));
      bearerTokens = mechanism;
    }
    return mechanism;
  }
}
