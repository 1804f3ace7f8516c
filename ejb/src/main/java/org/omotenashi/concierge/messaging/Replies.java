package org.omotenashi.concierge.messaging;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the system itself says to a guest (an acknowledgement, "text only please"), in the guest's
 * language, English where a text is missing. Until message templates exist these come from the
 * bundle {@code replies}; the templates issue replaces this class.
 */
public final class Replies {
  public static final String ACKNOWLEDGED = "acknowledged";
  public static final String TEXT_ONLY = "textOnly";
  public static final String RATE_LIMITED = "rateLimited";

  private static final String BUNDLE = "org.omotenashi.concierge.messaging.replies";

  private Replies() {}

  public static String text(String key, String language) {
    // No fallback to the JVM's default locale: a guest gets English, not the server's language.
    return ResourceBundle.getBundle(
            BUNDLE,
            Locale.forLanguageTag(language),
            Replies.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(key);
  }
}
