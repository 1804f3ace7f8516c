package org.omotenashi.concierge.template;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omotenashi.concierge.template.experiment.VariantAssignment.WeightedVariant;

/**
 * An A/B test of a template key: variants (the standard text {@code ""} and named variants) with
 * weights, running from its start until its end or until staff stop it and declare a winner. A
 * message counts as converted when a booking is made in its conversation within the conversion
 * window.
 */
@Entity
@Table(name = "experiment")
public class Experiment {
  /** Whether guests are still being assigned. */
  public enum Status {
    RUNNING,
    STOPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String name;

  @Column(name = "template_key", nullable = false, updatable = false)
  private String templateKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", updatable = false)
  private Instant endsAt;

  @Column(name = "conversion_window_s", nullable = false, updatable = false)
  private long conversionWindowSeconds;

  private String winner;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "stopped_at")
  private Instant stoppedAt;

  @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ExperimentVariant> variants = new ArrayList<>();

  protected Experiment() {
    // for JPA
  }

  public Experiment(
      String name,
      String templateKey,
      List<WeightedVariant> variants,
      Instant startsAt,
      Instant endsAt,
      Duration conversionWindow,
      String createdBy,
      Instant now) {
    this.name = name;
    this.templateKey = templateKey;
    this.status = Status.RUNNING;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.conversionWindowSeconds = conversionWindow.toSeconds();
    this.createdBy = createdBy;
    this.createdAt = now;
    variants.forEach(v -> this.variants.add(new ExperimentVariant(this, v.name(), v.weight())));
  }

  /** Whether a message sent at {@code now} takes part. */
  public boolean isActiveAt(Instant now) {
    return status == Status.RUNNING && !now.isBefore(startsAt) && (endsAt == null || now.isBefore(endsAt));
  }

  public void stop(String winningVariant, Instant now) {
    if (status == Status.STOPPED) {
      throw new ExperimentConflictException("Experiment " + name + " is stopped already");
    }
    if (variants.stream().noneMatch(v -> v.getVariant().equals(winningVariant))) {
      throw new InvalidTemplateEditException("winner must be one of the experiment's variants");
    }
    status = Status.STOPPED;
    winner = winningVariant;
    stoppedAt = now;
  }

  public List<WeightedVariant> weightedVariants() {
    return variants.stream().map(v -> new WeightedVariant(v.getVariant(), v.getWeight())).toList();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getTemplateKey() {
    return templateKey;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Duration getConversionWindow() {
    return Duration.ofSeconds(conversionWindowSeconds);
  }

  public String getWinner() {
    return winner;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getStoppedAt() {
    return stoppedAt;
  }

  public List<ExperimentVariant> getVariants() {
    return Collections.unmodifiableList(variants);
  }
}
