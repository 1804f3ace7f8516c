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

/** A team that receives the tasks guests' requests create (HOUSEKEEPING, MAINTENANCE, ...). */
@Entity
@Table(name = "department")
public class Department {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "property_id")
  private Property property;

  @Column(nullable = false, updatable = false)
  private String code;

  private String description;

  protected Department() {
    // for JPA
  }

  Department(Property property, PropertyDefinition.DepartmentDefinition definition) {
    this.property = property;
    this.code = definition.code();
    this.description = definition.description();
  }

  public String getCode() {
    return code;
  }

  public String getDescription() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Department department
        && Objects.equals(code, department.code)
        && Objects.equals(property, department.property);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
