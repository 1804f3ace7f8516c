package org.omotenashi.concierge.web.console.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backs the sign-in page ({@code /login.xhtml}) and the top bar's sign-out. Hands the user name and
 * password to the application's authentication mechanism ({@code StaffAuthenticationMechanism}),
 * which checks them and keeps the staff member signed in for the session; this bean only turns the
 * outcome into a page.
 */
@Named
@RequestScoped
public class LoginBacking {
  static final String LOGIN_PAGE = "/login.xhtml";
  static final String DASHBOARD = "/console/index.xhtml";
  private static final String REDIRECT = "?faces-redirect=true";

  /** The console's resource bundle, as faces-config.xml names it. */
  private static final String BUNDLE = "msg";

  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;

  private String username;
  private String password;

  /** Signs in and opens the dashboard; or stays on the page and says the credentials are wrong. */
  public String signIn() {
    ExternalContext external = facesContext.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    return switch (status) {
      case SUCCESS -> DASHBOARD + REDIRECT;
      case SEND_CONTINUE -> {
        // The mechanism has written the response itself: Faces must not render over it.
        facesContext.responseComplete();
        yield null;
      }
      case SEND_FAILURE, NOT_DONE -> {
        addError("login.failed");
        yield null;
      }
    };
  }

  /** Signs out: ends the session, and with it everything the console held for this staff member. */
  public String signOut() throws ServletException {
    ExternalContext external = facesContext.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return LOGIN_PAGE + REDIRECT;
  }

  private void addError(String key) {
    String text =
        facesContext.getApplication().getResourceBundle(facesContext, BUNDLE).getString(key);
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
