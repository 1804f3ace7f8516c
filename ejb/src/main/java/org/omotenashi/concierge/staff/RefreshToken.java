package org.omotenashi.concierge.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A refresh token, known to the database only by its SHA-256 hash. It can be redeemed once, before it
 * expires; redeeming a used one again is treated as theft (see {@link TokenService#refresh}).
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(name = RefreshToken.BY_HASH, query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = RefreshToken.EXPIRE_ALL_OF,
    query = "UPDATE RefreshToken t SET t.usedAt = :now WHERE t.staff = :staff AND t.usedAt IS NULL")
public class RefreshToken {
  static final String BY_HASH = "RefreshToken.byHash";
  static final String EXPIRE_ALL_OF = "RefreshToken.expireAllOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, unique = true, updatable = false)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected RefreshToken() {
    // for JPA
  }

  RefreshToken(String tokenHash, StaffAccount staff, Instant now, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.staff = staff;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  boolean isUsed() {
    return usedAt != null;
  }

  boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  void markUsed(Instant now) {
    usedAt = now;
  }

  StaffAccount getStaff() {
    return staff;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RefreshToken token && Objects.equals(tokenHash, token.tokenHash);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(tokenHash);
  }
}
