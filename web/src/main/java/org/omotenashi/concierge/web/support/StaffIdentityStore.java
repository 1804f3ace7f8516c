package org.omotenashi.concierge.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.omotenashi.concierge.staff.StaffService;

/**
 * Checks console sign-ins against the staff accounts. Handles only user name and password; bearer
 * tokens are validated by the platform's MP-JWT identity store.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {
  @Inject StaffService staff;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return staff
        .authenticate(credential.getCaller(), credential.getPasswordAsString())
        .map(
            account ->
                new CredentialValidationResult(
                    account.getUsername(), Set.of(account.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.VALIDATE);
  }
}
