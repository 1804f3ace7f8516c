package org.omotenashi.concierge.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The property-management system this installation uses: {@code concierge.pms.provider} names it
 * ({@code embedded}, the default, or {@code qloapps}). An unknown name fails loudly at first use
 * rather than silently booking in the wrong place.
 */
@ApplicationScoped
public class ConfiguredPms {
  @Inject @Any Instance<PropertyManagementSystem> installed;

  @Inject
  @ConfigProperty(name = "concierge.pms.provider", defaultValue = EmbeddedPms.NAME)
  String provider;

  private volatile PropertyManagementSystem selected;

  public PropertyManagementSystem get() {
    PropertyManagementSystem pms = selected;
    if (pms == null) {
      pms =
          installed.stream()
              .filter(candidate -> candidate.name().equals(provider))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "concierge.pms.provider is '" + provider + "'; installed: "
                              + installed.stream()
                                  .map(PropertyManagementSystem::name)
                                  .collect(Collectors.joining(", "))));
      selected = pms;
    }
    return pms;
  }

  /** Whether bookings live in this application's database, where staff can check guests in. */
  public boolean isEmbedded() {
    return EmbeddedPms.NAME.equals(provider);
  }
}
