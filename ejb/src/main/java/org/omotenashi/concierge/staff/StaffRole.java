package org.omotenashi.concierge.staff;

/** What a staff member may do; the role is the JWT's single group. */
public enum StaffRole {
  /** Everything, including staff accounts and the property's configuration. */
  ADMIN,
  /** The front office: conversations, bookings, tasks. */
  AGENT,
  /** A department's member: the tasks of their department. */
  DEPARTMENT;

  /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String AGENT = "AGENT";
    public static final String DEPARTMENT = "DEPARTMENT";

    private Names() {}
  }
}
