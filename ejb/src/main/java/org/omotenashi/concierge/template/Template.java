package org.omotenashi.concierge.template;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One text a guest may read: a key ({@code booking.confirmed}) in a language, in the standard
 * variant ({@code ""}) or an A/B test's variant. Its versions are kept forever; exactly one is
 * active. Editing and rolling back both add a version, so the history reads as what happened.
 */
@Entity
@Table(name = "template")
public class Template {
  public static final String STANDARD = "";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "template_key", nullable = false, updatable = false)
  private String key;

  @Column(nullable = false, updatable = false)
  private String language;

  @Column(nullable = false, updatable = false)
  private String variant;

  @Column(name = "active_version", nullable = false)
  private int activeVersion;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL)
  @OrderBy("version")
  private List<TemplateVersion> versions = new ArrayList<>();

  protected Template() {
    // for JPA
  }

  public Template(String key, String language, String variant) {
    this.key = key;
    this.language = language;
    this.variant = variant;
  }

  /** Adds a version and makes it the active one. */
  public TemplateVersion edit(String body, String author, String reason, Instant now) {
    TemplateVersion version = new TemplateVersion(this, versions.size() + 1, body, author, reason, now);
    versions.add(version);
    activeVersion = version.getVersion();
    return version;
  }

  /** Makes an earlier text active again, as a new version that says so. */
  public TemplateVersion rollBackTo(int version, String author, Instant now) {
    TemplateVersion earlier = getVersion(version);
    return edit(earlier.getBody(), author, "Rolled back to version " + version, now);
  }

  public TemplateVersion getVersion(int version) {
    if (version < 1 || version > versions.size()) {
      throw new TemplateNotFoundException(key + " (" + language + ") has no version " + version);
    }
    return versions.get(version - 1);
  }

  public TemplateVersion getActive() {
    return getVersion(activeVersion);
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public String getLanguage() {
    return language;
  }

  public String getVariant() {
    return variant;
  }

  public int getActiveVersion() {
    return activeVersion;
  }

  public List<TemplateVersion> getVersions() {
    return Collections.unmodifiableList(versions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Template template
        && Objects.equals(key, template.key)
        && Objects.equals(language, template.language)
        && Objects.equals(variant, template.variant);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, language, variant);
  }
}
