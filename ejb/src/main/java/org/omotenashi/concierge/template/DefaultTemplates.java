package org.omotenashi.concierge.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.omotenashi.concierge.hotel.PropertyFileParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The texts the product ships with, read from {@value #RESOURCE} on the class path: for every key
 * of {@link TemplateKeys}, the text in each language the concierge speaks.
 *
 * <p>The file maps each key to its texts by language. {@link #load()} returns only texts that pass
 * {@link #check(List)}: every key has an English text (the fallback for any language without one),
 * every text is a valid template, and uses only the variables its key offers.
 */
public final class DefaultTemplates {
  /** Where the texts are, on the class path. */
  public static final String RESOURCE = "templates/defaults.yaml";

  /** The language every key must have, because it is the fallback for all others. */
  public static final String FALLBACK_LANGUAGE = "en";

  private static final int MAX_DOCUMENT_CHARS = 1_000_000;

  private static final TemplateRenderer RENDERER = new TemplateRenderer();

  private DefaultTemplates() {}

  /**
   * Reads and checks the shipped texts.
   *
   * @throws InvalidTemplateException if the file is malformed or a text breaks a rule of {@link
   *     #check(List)}
   */
  public static List<DefaultTemplate> load() {
    String yaml;
    try (InputStream in = DefaultTemplates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
    List<DefaultTemplate> templates = parse(yaml);
    check(templates);
    return templates;
  }

  /**
   * Reads texts in the shape of {@value #RESOURCE} without checking them against the keys.
   *
   * @throws InvalidTemplateException if the document is not a map of keys to maps of languages to
   *     texts
   */
  public static List<DefaultTemplate> parse(String yaml) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(MAX_DOCUMENT_CHARS);
      root = new Yaml(new SafeConstructor(options)).load(yaml);
    } catch (YAMLException e) {
      throw new InvalidTemplateException(RESOURCE + " is not valid YAML: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> keys)) {
      throw new InvalidTemplateException(RESOURCE + " must map template keys to their texts");
    }
    List<DefaultTemplate> templates = new ArrayList<>();
    for (Map.Entry<?, ?> entry : keys.entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (!(entry.getValue() instanceof Map<?, ?> texts)) {
        throw new InvalidTemplateException(key + " must map languages to texts");
      }
      for (Map.Entry<?, ?> text : texts.entrySet()) {
        String language = String.valueOf(text.getKey());
        // A quoted string only: YAML would turn an unquoted "yes" into a Boolean.
        if (!(text.getValue() instanceof String value)) {
          throw new InvalidTemplateException(key + " [" + language + "] must be a quoted text");
        }
        templates.add(new DefaultTemplate(key, language, value));
      }
    }
    return List.copyOf(templates);
  }

  /**
   * Checks texts against {@link TemplateKeys}, reporting every problem at once.
   *
   * @throws InvalidTemplateException naming each key without an English text, each unknown key or
   *     language, each invalid text, and each variable a text uses that its key does not offer (by
   *     key, language and variable)
   */
  public static void check(List<DefaultTemplate> templates) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> withFallback = new HashSet<>();
    for (DefaultTemplate template : templates) {
      String where = template.key() + " [" + template.language() + "]";
      if (!seen.add(where)) {
        problems.add(where + " appears twice");
      }
      if (!PropertyFileParser.SUPPORTED_LANGUAGES.contains(template.language())) {
        problems.add(where + " is in a language the concierge does not speak");
      }
      Set<String> allowed = TemplateKeys.VARIABLES.get(template.key());
      if (allowed == null) {
        problems.add(where + " is not a key of TemplateKeys");
        continue;
      }
      if (template.language().equals(FALLBACK_LANGUAGE)) {
        withFallback.add(template.key());
      }
      try {
        Set<String> unknown = new TreeSet<>(RENDERER.variables(template.text()));
        unknown.removeAll(allowed);
        String offered =
            allowed.isEmpty() ? "its key offers none" : "its key offers " + new TreeSet<>(allowed);
        for (String variable : unknown) {
          problems.add(where + " uses the unknown variable {" + variable + "}; " + offered);
        }
      } catch (InvalidTemplateException e) {
        problems.add(where + " is not a valid template: " + e.getMessage());
      }
    }
    for (String key : TemplateKeys.ALL) {
      if (!withFallback.contains(key)) {
        problems.add(key + " has no English text");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidTemplateException(
          "Default templates are invalid: " + String.join("; ", problems));
    }
  }
}
