package org.omotenashi.concierge.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to the console or the staff API. Holds only a password hash. The business
 * key is the {@link #getUsername() username}; a DEPARTMENT member always belongs to a department.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "SELECT s FROM StaffAccount s WHERE s.username = :username")
@NamedQuery(name = StaffAccount.ALL, query = "SELECT s FROM StaffAccount s ORDER BY s.username")
public class StaffAccount {
  static final String BY_USERNAME = "StaffAccount.byUsername";
  static final String ALL = "StaffAccount.all";

  public static final int USERNAME_MAX = 64;
  public static final int DISPLAY_NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = USERNAME_MAX)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StaffRole role;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StaffAccount() {
    // for JPA
  }

  public StaffAccount(
      String username,
      String displayName,
      StaffRole role,
      String departmentCode,
      String passwordHash,
      Instant now) {
    if (role == StaffRole.DEPARTMENT && departmentCode == null) {
      throw new IllegalArgumentException("A DEPARTMENT member needs a department");
    }
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.role = Objects.requireNonNull(role);
    this.departmentCode = departmentCode;
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void changePassword(String newPasswordHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash);
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public StaffRole getRole() {
    return role;
  }

  public Optional<String> findDepartmentCode() {
    return Optional.ofNullable(departmentCode);
  }

  String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffAccount account && Objects.equals(username, account.username);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }
}
