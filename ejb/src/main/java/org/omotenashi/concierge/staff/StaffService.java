package org.omotenashi.concierge.staff;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Opens staff accounts and checks their passwords. */
@Stateless
public class StaffService {
  private static final Logger LOG = Logger.getLogger(StaffService.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Clock clock;

  /**
   * The account of these credentials, if they are right and the account is active. Takes as long for
   * an unknown user as for a wrong password, so timing does not reveal which user names exist.
   */
  public Optional<StaffAccount> authenticate(String username, String password) {
    Optional<StaffAccount> account = findByUsername(username).filter(StaffAccount::isActive);
    if (account.isEmpty()) {
      passwords.checkAgainstDecoy(password);
    } else if (passwords.matches(password, account.get().getPasswordHash())) {
      LOG.info(() -> "Staff sign-in: " + username);
      return account;
    }
    LOG.warning(() -> "Staff sign-in refused for user name '" + username + "'");
    return Optional.empty();
  }

  /**
   * Opens an account. The department must be one of the property's, given as {@code
   * knownDepartments} by the caller that knows the property.
   */
  public StaffAccount create(NewStaffAccount request, Set<String> knownDepartments) {
    if (findByUsername(request.username()).isPresent()) {
      throw new StaffAccountExistsException(request.username());
    }
    if (request.password().length() < Passwords.MIN_LENGTH) {
      throw new InvalidStaffAccountException(
          "password must have at least " + Passwords.MIN_LENGTH + " characters");
    }
    String department = request.role() == StaffRole.DEPARTMENT ? request.departmentCode() : null;
    if (request.role() == StaffRole.DEPARTMENT && !knownDepartments.contains(department)) {
      throw new InvalidStaffAccountException(
          "department must be one of " + knownDepartments.stream().sorted().toList());
    }
    StaffAccount account =
        new StaffAccount(
            request.username(),
            request.displayName(),
            request.role(),
            department,
            passwords.hash(request.password()),
            clock.instant());
    em.persist(account);
    LOG.info(() -> "Staff account opened: " + request.username() + " (" + request.role() + ")");
    return account;
  }

  public Optional<StaffAccount> findByUsername(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public List<StaffAccount> list() {
    return em.createNamedQuery(StaffAccount.ALL, StaffAccount.class).getResultList();
  }
}
