package org.omotenashi.concierge.booking;

/**
 * Who changed a booking, as its history shows it: a staff member ({@code staff:admin}), a guest
 * through a conversation ({@code guest:c-123}), or the system itself.
 */
public record Actor(String kind, String name) {
  public static Actor staff(String username) {
    return new Actor("staff", username);
  }

  public static Actor guest(String conversationId) {
    return new Actor("guest", conversationId);
  }

  public static Actor system() {
    return new Actor("system", null);
  }

  @Override
  public String toString() {
    return name == null ? kind : kind + ":" + name;
  }
}
