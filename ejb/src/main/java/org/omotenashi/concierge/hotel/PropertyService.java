package org.omotenashi.concierge.hotel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omotenashi.concierge.hotel.PropertyDefinition.StaffDefinition;
import org.omotenashi.concierge.hotel.PropertyImport.OpenedAccount;
import org.omotenashi.concierge.staff.NewStaffAccount;
import org.omotenashi.concierge.staff.Passwords;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.staff.StaffService;

/**
 * The property this installation serves, and loading property files into it. One installation
 * serves one property: a second file with another code is refused rather than silently added.
 */
@Stateless
public class PropertyService {
  /** The account whose first password may be set by {@code CONCIERGE_ADMIN_PASSWORD}. */
  static final String ADMIN_USERNAME = "admin";

  @PersistenceContext EntityManager em;
  @Inject StaffService staff;
  @Inject Passwords passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "concierge.admin.password")
  Optional<String> adminPassword;

  public Optional<Property> findProperty() {
    return em.createQuery("SELECT p FROM Property p ORDER BY p.id", Property.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Property getProperty() {
    return findProperty().orElseThrow(PropertyNotFoundException::new);
  }

  /**
   * Loads a property file: creates the property, or redefines it when the codes match; opens the
   * file's staff accounts that do not exist yet (existing accounts and passwords are left alone).
   */
  public PropertyImport importProperty(String yamlText) {
    PropertyDefinition definition = new PropertyFileParser().parse(yamlText);
    Instant now = clock.instant();
    Optional<Property> existing = findProperty();
    if (existing.isPresent() && !existing.get().getCode().equals(definition.code())) {
      throw new PropertyFileException(
          "property.code must be "
              + existing.get().getCode()
              + ": this installation serves that property");
    }
    existing.ifPresentOrElse(
        property -> property.define(definition, now),
        () -> em.persist(new Property(definition, now)));
    em.flush();

    Set<String> departments =
        definition.departments().stream()
            .map(PropertyDefinition.DepartmentDefinition::code)
            .collect(Collectors.toSet());
    List<OpenedAccount> opened = new ArrayList<>();
    for (StaffDefinition member : definition.staff()) {
      if (member.department() != null && !departments.contains(member.department())) {
        throw new PropertyFileException(
            "staff " + member.username() + ": department " + member.department() + " is not listed");
      }
      if (staff.findByUsername(member.username()).isEmpty()) {
        Optional<String> configured = configuredPassword(member.username());
        String password = configured.orElseGet(passwords::generate);
        staff.create(
            new NewStaffAccount(
                member.username(),
                member.name(),
                StaffRole.valueOf(member.role()),
                member.department(),
                password),
            departments);
        opened.add(
            new OpenedAccount(
                member.username(), member.role(), configured.isPresent() ? null : password));
      }
    }
    return new PropertyImport(definition.code(), existing.isEmpty(), List.copyOf(opened));
  }

  private Optional<String> configuredPassword(String username) {
    return Optional.of(username)
        .filter(ADMIN_USERNAME::equals)
        .flatMap(admin -> adminPassword)
        .filter(password -> !password.isBlank());
  }
}
