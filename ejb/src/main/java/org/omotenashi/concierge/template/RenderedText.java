package org.omotenashi.concierge.template;

/**
 * A text ready for a guest: in {@code language}, which may differ from the one asked for when the
 * template had no text in it (the property's default language, then English). {@code exposureId}
 * is set when the text was an A/B test's variant: link it to the message that carries it.
 */
public record RenderedText(String text, String language, Long exposureId) {}
