package org.omotenashi.concierge.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics.VariantResult;
import org.omotenashi.concierge.template.experiment.VariantAssignment;
import org.omotenashi.concierge.template.experiment.VariantAssignment.WeightedVariant;

/**
 * A/B tests of template keys: starting one, assigning guests (deterministically, and stored the
 * first time, so a guest never sees both variants even if the weights change), the outcomes per
 * variant with their statistics, and stopping with a winner whose texts become the standard ones.
 *
 * <p>Outcomes are read from what happened, not counted as it happens: a message is delivered when
 * its delivery status says so, replied to when the guest wrote in its conversation within the
 * conversion window, and converted when a booking was made in its conversation within it.
 */
@Stateless
public class ExperimentService {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A guest's variant in the experiment running on a key. */
  public record Assignment(long experimentId, String variant) {}

  /** An experiment's results: one line per variant, each compared with the first (the control). */
  public record Results(Experiment experiment, List<VariantResult> variants, List<Comparison> comparisons) {}

  /** A variant against the control: is the difference in conversion real? */
  public record Comparison(String variant, String control, double z, double pValue, boolean significant) {}

  public Experiment start(
      String name,
      String key,
      List<WeightedVariant> variants,
      Instant startsAt,
      Instant endsAt,
      Duration conversionWindow,
      String author) {
    if (!TemplateKeys.ALL.contains(key)) {
      throw new TemplateNotFoundException("No template key " + key);
    }
    if (variants.size() < 2 || new HashSet<>(variants.stream().map(WeightedVariant::name).toList()).size() != variants.size()) {
      throw new InvalidTemplateEditException("variants must be two or more different variants");
    }
    for (WeightedVariant variant : variants) {
      if (!variant.name().equals(Template.STANDARD) && !hasText(key, variant.name())) {
        throw new InvalidTemplateEditException(
            "variant '" + variant.name() + "' has no text for " + key + ": write it first");
      }
    }
    if (findRunning(key).isPresent()) {
      throw new ExperimentConflictException("An experiment on " + key + " is running already");
    }
    Instant now = clock.instant();
    Experiment experiment =
        new Experiment(name, key, variants, startsAt == null ? now : startsAt, endsAt,
            conversionWindow, author, now);
    em.persist(experiment);
    em.flush();
    return experiment;
  }

  public List<Experiment> list() {
    return em.createQuery("SELECT e FROM Experiment e ORDER BY e.createdAt DESC", Experiment.class)
        .getResultList();
  }

  public Experiment get(long id) {
    Experiment experiment = em.find(Experiment.class, id);
    if (experiment == null) {
      throw new TemplateNotFoundException("No experiment " + id);
    }
    return experiment;
  }

  /** The guest's variant in the experiment running on {@code key} now, assigning it the first time. */
  public Optional<Assignment> assign(String key, String guestKey) {
    Instant now = clock.instant();
    return findRunning(key)
        .filter(experiment -> experiment.isActiveAt(now))
        .map(experiment -> {
          String computed = VariantAssignment.assign(experiment.getId(), guestKey, experiment.weightedVariants());
          em.createNativeQuery(
                  "INSERT INTO experiment_assignment (experiment_id, guest_key, variant, assigned_at)"
                      + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (experiment_id, guest_key) DO NOTHING")
              .setParameter(1, experiment.getId())
              .setParameter(2, guestKey)
              .setParameter(3, computed)
              .setParameter(4, now.atOffset(ZoneOffset.UTC))
              .executeUpdate();
          String stored = (String) em.createNativeQuery(
                  "SELECT variant FROM experiment_assignment WHERE experiment_id = ?1 AND guest_key = ?2")
              .setParameter(1, experiment.getId())
              .setParameter(2, guestKey)
              .getSingleResult();
          return new Assignment(experiment.getId(), stored);
        });
  }

  public long recordExposure(Assignment assignment, String guestKey, String conversationId) {
    Number id = (Number) em.createNativeQuery(
            "INSERT INTO experiment_exposure (experiment_id, variant, guest_key, conversation_id, sent_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id")
        .setParameter(1, assignment.experimentId())
        .setParameter(2, assignment.variant())
        .setParameter(3, guestKey)
        .setParameter(4, conversationId)
        .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
        .getSingleResult();
    return id.longValue();
  }

  /** The message that carried an exposed text, once it is stored: its delivery is an outcome. */
  public void linkExposure(long exposureId, long messageId) {
    em.createNativeQuery("UPDATE experiment_exposure SET message_id = ?1 WHERE id = ?2")
        .setParameter(1, messageId)
        .setParameter(2, exposureId)
        .executeUpdate();
  }

  public Results results(long id) {
    Experiment experiment = get(id);
    List<?> rows =
        em.createNativeQuery(
                "SELECT e.variant, COUNT(*),"
                    + " COUNT(*) FILTER (WHERE m.delivery_status IN ('DELIVERED', 'READ')),"
                    + " COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM message r"
                    + "   WHERE r.conversation_id = e.conversation_id AND r.direction = 'IN'"
                    + "   AND r.created_at > e.sent_at AND r.created_at <= e.sent_at + ?2 * INTERVAL '1 second')),"
                    + " COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM booking b"
                    + "   WHERE b.conversation_id = e.conversation_id"
                    + "   AND b.created_at > e.sent_at AND b.created_at <= e.sent_at + ?2 * INTERVAL '1 second'))"
                    + " FROM experiment_exposure e LEFT JOIN message m ON m.id = e.message_id"
                    + " WHERE e.experiment_id = ?1 GROUP BY e.variant")
            .setParameter(1, id)
            .setParameter(2, experiment.getConversionWindow().toSeconds())
            .getResultList();
    List<VariantResult> results = new ArrayList<>();
    for (ExperimentVariant variant : experiment.getVariants()) {
      Object[] row = rows.stream().map(Object[].class::cast)
          .filter(r -> variant.getVariant().equals(r[0])).findFirst()
          .orElse(new Object[] {variant.getVariant(), 0L, 0L, 0L, 0L});
      results.add(ExperimentStatistics.result(
          variant.getVariant(), count(row[1]), count(row[2]), count(row[3]), count(row[4])));
    }
    VariantResult control = results.get(0);
    List<Comparison> comparisons = results.stream().skip(1).map(result -> {
      var test = ExperimentStatistics.twoProportionZTest(
          result.converted(), result.sent(), control.converted(), control.sent());
      return new Comparison(result.variant(), control.variant(), test.z(), test.pValue(), test.significantAt(0.05));
    }).toList();
    return new Results(experiment, results, comparisons);
  }

  /**
   * Stops the experiment and makes the winner's texts the standard ones (a new version in each
   * language it has, active at once). Without a named winner, the best conversion rate wins.
   */
  public Experiment stop(long id, String winner, String author) {
    Experiment experiment = get(id);
    String chosen = winner != null ? winner
        : results(id).variants().stream()
            .max((a, b) -> Double.compare(a.conversionRate(), b.conversionRate()))
            .map(VariantResult::variant).orElse(Template.STANDARD);
    Instant now = clock.instant();
    experiment.stop(chosen, now);
    if (!chosen.equals(Template.STANDARD)) {
      for (Template variantText : texts(experiment.getTemplateKey(), chosen)) {
        Template standard = em.createQuery(
                "SELECT t FROM Template t WHERE t.key = :key AND t.language = :language AND t.variant = ''",
                Template.class)
            .setParameter("key", experiment.getTemplateKey())
            .setParameter("language", variantText.getLanguage())
            .getResultStream().findFirst()
            .orElseGet(() -> {
              Template created = new Template(experiment.getTemplateKey(), variantText.getLanguage(), Template.STANDARD);
              em.persist(created);
              return created;
            });
        standard.edit(variantText.getActive().getBody(), author,
            "Winner of experiment " + experiment.getName() + " (variant " + chosen + ")", now);
      }
    }
    return experiment;
  }

  /** Whether every variant of the experiment (the standard text aside) has a text in the language. */
  public boolean hasEveryVariantIn(long experimentId, String language) {
    Experiment experiment = get(experimentId);
    return experiment.getVariants().stream()
        .map(ExperimentVariant::getVariant)
        .filter(variant -> !variant.equals(Template.STANDARD))
        .allMatch(variant -> texts(experiment.getTemplateKey(), variant).stream()
            .anyMatch(text -> text.getLanguage().equals(language)));
  }

  private Optional<Experiment> findRunning(String key) {
    return em.createQuery(
            "SELECT e FROM Experiment e WHERE e.templateKey = :key AND e.status = :running", Experiment.class)
        .setParameter("key", key)
        .setParameter("running", Experiment.Status.RUNNING)
        .getResultStream()
        .findFirst();
  }

  private boolean hasText(String key, String variant) {
    return !texts(key, variant).isEmpty();
  }

  private List<Template> texts(String key, String variant) {
    return em.createQuery("SELECT t FROM Template t WHERE t.key = :key AND t.variant = :variant", Template.class)
        .setParameter("key", key)
        .setParameter("variant", variant)
        .getResultList();
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
