package org.omotenashi.concierge.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;

/**
 * Renders the texts guests read, and keeps their versions. A text is looked up in the guest's
 * language, then the property's default language, then English; where an experiment runs on the
 * key, the guest's (sticky) variant is used, in the guest's language, and the exposure recorded. The active version is read
 * from the database on every render, so an edit or a rollback acts at once on every instance.
 */
@Stateless
public class TemplateService {
  /** WhatsApp's limit for one message; no template may render longer. */
  public static final int MAX_RENDERED_LENGTH = 4096;

  static final String FALLBACK_LANGUAGE = "en";

  @PersistenceContext EntityManager em;
  @Inject PropertyService properties;
  @Inject ExperimentService experiments;
  @Inject Clock clock;

  private final TemplateRenderer renderer = new TemplateRenderer();

  /**
   * The text of {@code key} for a guest.
   *
   * @param guestKey who reads it ({@code WHATSAPP:+8180...}): decides their variant in an experiment
   * @param conversationId where it is sent, for the experiment's outcomes; may be null
   */
  public RenderedText render(
      String key, String language, String guestKey, String conversationId, Map<String, Object> variables) {
    Property property = properties.getProperty();
    List<String> languages = fallbackLanguages(language, property);
    // Only guests whose language has every variant's text take part: the others read the standard
    // text and are not counted, so the variants are compared on the same guests.
    Optional<ExperimentService.Assignment> assignment =
        Optional.ofNullable(guestKey)
            .flatMap(guest -> experiments.assign(key, guest))
            .filter(a -> experiments.hasEveryVariantIn(a.experimentId(), languages.get(0)));
    Optional<Template> variantText =
        assignment
            .filter(a -> !a.variant().equals(Template.STANDARD))
            .flatMap(a -> find(key, List.of(languages.get(0)), a.variant()));
    Template template =
        variantText.or(() -> find(key, languages, Template.STANDARD))
            .orElseThrow(() -> new TemplateNotFoundException("No text for " + key + " in " + languages));
    TemplateVersion version = template.getActive();
    String text = renderer.render(version.getBody(), template.getLanguage(), property.getTimezone(), variables);
    em.createNativeQuery("UPDATE template_version SET uses = uses + 1 WHERE id = ?1")
        .setParameter(1, version.getId())
        .executeUpdate();
    Long exposure =
        assignment.map(a -> experiments.recordExposure(a, guestKey, conversationId)).orElse(null);
    return new RenderedText(text, template.getLanguage(), exposure);
  }

  public List<Template> list() {
    return em.createQuery(
            "SELECT t FROM Template t ORDER BY t.key, t.language, t.variant", Template.class)
        .getResultList();
  }

  public Template get(String key, String language, String variant) {
    return find(key, List.of(language), variant)
        .orElseThrow(() -> new TemplateNotFoundException("No template " + key + " in " + language
            + (variant.isEmpty() ? "" : " (variant " + variant + ")")));
  }

  /**
   * A new text for a key in a language (a new template when there was none in that language or
   * variant), active at once. Refused when it is not a valid pattern, uses a variable the key does
   * not have, or renders longer than a WhatsApp message.
   */
  public Template edit(String key, String language, String variant, String body, String author, String reason) {
    check(key, body);
    Template template =
        find(key, List.of(language), variant)
            .orElseGet(() -> {
              Template created = new Template(key, language, variant);
              em.persist(created);
              return created;
            });
    template.edit(body, author, reason, clock.instant());
    return template;
  }

  public Template rollBack(String key, String language, String variant, int version, String author) {
    Template template = get(key, language, variant);
    template.rollBackTo(version, author, clock.instant());
    return template;
  }

  /** The text of the key rendered with sample values, as staff preview it. */
  public String preview(String key, String body, String language) {
    check(key, body);
    return renderer.render(body, language, properties.getProperty().getTimezone(), samples(key));
  }

  private void check(String key, String body) {
    Set<String> allowed = TemplateKeys.VARIABLES.get(key);
    if (allowed == null) {
      throw new TemplateNotFoundException("No template key " + key);
    }
    if (body == null || body.isBlank()) {
      throw new InvalidTemplateEditException("text must not be empty");
    }
    try {
      renderer.validate(body);
    } catch (InvalidTemplateException e) {
      throw new InvalidTemplateEditException("text is not a valid template: " + e.getMessage());
    }
    Set<String> unknown = new LinkedHashSet<>(renderer.variables(body));
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw new InvalidTemplateEditException(
          "text uses " + unknown + ", which " + key + " does not have; it has " + allowed);
    }
    ZoneId zone = properties.getProperty().getTimezone();
    if (renderer.render(body, FALLBACK_LANGUAGE, zone, samples(key)).length() > MAX_RENDERED_LENGTH) {
      throw new InvalidTemplateEditException(
          "text renders longer than " + MAX_RENDERED_LENGTH + " characters, WhatsApp's limit");
    }
  }

  /** Values of the right type for each variable of a key, to try a text out. */
  private Map<String, Object> samples(String key) {
    String currency = properties.getProperty().getCurrency().getCurrencyCode();
    LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(30);
    Map<String, Object> samples = new HashMap<>();
    for (String variable : TemplateKeys.VARIABLES.get(key)) {
      samples.put(variable, switch (variable) {
        case "hotelName" -> properties.getProperty().getName();
        case "checkIn" -> day;
        case "checkOut" -> day.plusDays(3);
        case "total", "price", "fee" -> new TemplateRenderer.Money(new BigDecimal("54000"), currency);
        case "nights", "adults", "children", "available", "maxNights", "horizonDays", "maxGuests" -> 2;
        case "time", "checkInTime", "checkOutTime" -> LocalTime.of(14, 0);
        case "hasName", "hasRoom", "hasFee" -> Boolean.TRUE;
        default -> "Sample";
      });
    }
    return samples;
  }

  Optional<Template> find(String key, List<String> languages, String variant) {
    List<Template> found =
        em.createQuery(
                "SELECT t FROM Template t WHERE t.key = :key AND t.variant = :variant"
                    + " AND t.language IN :languages",
                Template.class)
            .setParameter("key", key)
            .setParameter("variant", variant)
            .setParameter("languages", languages)
            .getResultList();
    return languages.stream()
        .flatMap(language -> found.stream().filter(t -> t.getLanguage().equals(language)))
        .findFirst();
  }

  private static List<String> fallbackLanguages(String language, Property property) {
    Set<String> languages = new LinkedHashSet<>();
    if (language != null) {
      languages.add(language);
    }
    languages.add(property.getDefaultLanguage());
    languages.add(FALLBACK_LANGUAGE);
    return List.copyOf(languages);
  }
}
