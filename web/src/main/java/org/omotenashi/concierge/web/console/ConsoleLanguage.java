package org.omotenashi.concierge.web.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The language a staff member reads the console in: the browser's (its Accept-Language, matched
 * against the locales {@code faces-config.xml} supports) until they choose one in the top bar; then
 * their choice, for the rest of the session. Session-scoped because the choice must outlive a page;
 * it holds nothing but that choice.
 */
@Named
@SessionScoped
public class ConsoleLanguage implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale chosen;

  /** The locale pages render in; {@code f:view} reads it. */
  public Locale getLocale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return chosen != null ? chosen : faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  /** Whether the page renders in this language: the switch marks it as the current one. */
  public boolean isCurrent(String languageTag) {
    return getLocale().getLanguage().equals(Locale.forLanguageTag(languageTag).getLanguage());
  }

  /**
   * Switches the console to a supported language and shows the current page again in it (a
   * redirect, so that everything on the page, the browser's title included, is rendered anew). A
   * language the console does not speak is ignored.
   */
  public String choose(String languageTag) {
    Locale requested = Locale.forLanguageTag(languageTag);
    supportedLocales().stream()
        .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
        .findFirst()
        .ifPresent(locale -> chosen = locale);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }

  /** The languages the console speaks (faces-config.xml's locale-config), the default first. */
  private static List<Locale> supportedLocales() {
    Application application = FacesContext.getCurrentInstance().getApplication();
    List<Locale> languages = new ArrayList<>();
    languages.add(application.getDefaultLocale());
    application
        .getSupportedLocales()
        .forEachRemaining(
            locale -> {
              if (!languages.contains(locale)) {
                languages.add(locale);
              }
            });
    return languages;
  }
}
