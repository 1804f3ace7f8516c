package org.omotenashi.concierge.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;
import org.omotenashi.concierge.staff.StaffAccount;
import org.omotenashi.concierge.staff.StaffService;

/**
 * Backs the console's layout ({@code /WEB-INF/templates/console.xhtml}): the hotel's name and the
 * signed-in staff member for the top bar, and the areas for the navigation. Read afresh on every
 * request, so that a renamed hotel or staff member shows at once.
 */
@Named
@RequestScoped
public class LayoutBacking {
  private static final List<ConsoleArea> AREAS = List.of(ConsoleArea.values());

  @Inject SecurityContext securityContext;
  @Inject StaffService staff;
  @Inject PropertyService properties;

  private String hotelName;
  private String staffName;
  private String roleKey;

  @PostConstruct
  void load() {
    hotelName = properties.findProperty().map(Property::getName).orElse(null);
    Optional<StaffAccount> account =
        Optional.ofNullable(securityContext.getCallerPrincipal())
            .map(Principal::getName)
            .flatMap(staff::findByUsername);
    staffName = account.map(StaffAccount::getDisplayName).orElse(null);
    roleKey = account.map(member -> "role." + member.getRole().name()).orElse(null);
  }

  /** The hotel's name; {@code null} before a property is set up. */
  public String getHotelName() {
    return hotelName;
  }

  /** The signed-in staff member's name; {@code null} when nobody is signed in. */
  public String getStaffName() {
    return staffName;
  }

  /** The bundle key of the signed-in staff member's role; {@code null} when nobody is signed in. */
  public String getRoleKey() {
    return roleKey;
  }

  /** Every area of the console, in the navigation's order. */
  public List<ConsoleArea> getAreas() {
    return AREAS;
  }
}
