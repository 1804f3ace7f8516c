package org.omotenashi.concierge.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One text of a template as someone wrote it: who, when, why; and how often it was sent. */
@Entity
@Table(name = "template_version")
public class TemplateVersion {
  public static final int MAX_REASON = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "template_id", updatable = false)
  private Template template;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(updatable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Counted in the database (UPDATE ... + 1), never written from here: instances send at once. */
  @Column(nullable = false, insertable = false, updatable = false)
  private long uses;

  protected TemplateVersion() {
    // for JPA
  }

  TemplateVersion(Template template, int version, String body, String author, String reason, Instant now) {
    this.template = template;
    this.version = version;
    this.body = body;
    this.author = author;
    this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Template getTemplate() {
    return template;
  }

  public int getVersion() {
    return version;
  }

  public String getBody() {
    return body;
  }

  public String getAuthor() {
    return author;
  }

  public String getReason() {
    return reason;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getUses() {
    return uses;
  }
}
