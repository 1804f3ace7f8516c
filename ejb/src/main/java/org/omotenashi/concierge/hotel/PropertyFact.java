package org.omotenashi.concierge.hotel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One thing the concierge may tell guests about the hotel ("breakfast": "Japanese and Western buffet
 * ..."), in one language. The agent answers only from these facts, never from its own knowledge.
 */
@Entity
@Table(name = "property_fact")
public class PropertyFact {
  /** The language property files are written in; translations are added per language. */
  public static final String REFERENCE_LANGUAGE = "en";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "property_id")
  private Property property;

  @Column(nullable = false)
  private String category;

  @Column(name = "fact_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private int position;

  protected PropertyFact() {
    // for JPA
  }

  PropertyFact(
      Property property, PropertyDefinition.FactDefinition fact, String language, int position) {
    this.property = property;
    this.category = fact.category();
    this.key = fact.key();
    this.text = fact.text();
    this.language = language;
    this.position = position;
  }

  public String getCategory() {
    return category;
  }

  public String getKey() {
    return key;
  }

  public String getLanguage() {
    return language;
  }

  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PropertyFact fact
        && Objects.equals(category, fact.category)
        && Objects.equals(key, fact.key)
        && Objects.equals(language, fact.language)
        && Objects.equals(property, fact.property);
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, key, language);
  }
}
