package org.omotenashi.concierge.template;

import java.util.Objects;

/**
 * One text that ships with the product: the text of a template key in a language.
 *
 * @param key a key of {@link TemplateKeys}
 * @param language the language code ({@code en}, {@code ja}, ...)
 * @param text the ICU MessageFormat pattern
 */
public record DefaultTemplate(String key, String language, String text) {
  public DefaultTemplate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
  }
}
