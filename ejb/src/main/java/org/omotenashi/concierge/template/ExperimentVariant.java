package org.omotenashi.concierge.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One arm of an experiment: a template variant and its share of the guests (by weight). */
@Entity
@Table(name = "experiment_variant")
public class ExperimentVariant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "experiment_id", updatable = false)
  private Experiment experiment;

  @Column(nullable = false, updatable = false)
  private String variant;

  @Column(nullable = false, updatable = false)
  private int weight;

  protected ExperimentVariant() {
    // for JPA
  }

  ExperimentVariant(Experiment experiment, String variant, int weight) {
    this.experiment = experiment;
    this.variant = variant;
    this.weight = weight;
  }

  public String getVariant() {
    return variant;
  }

  public int getWeight() {
    return weight;
  }
}
