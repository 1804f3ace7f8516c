package org.omotenashi.concierge.web.console;

/**
 * An area of the console, as the navigation lists it: its label's bundle key, its icon, and the
 * page it opens. An area whose page is not built yet has no page and is shown disabled, "coming
 * soon"; giving it its view id is all it takes to switch it on.
 */
public enum ConsoleArea {
  DASHBOARD("nav.dashboard", "pi pi-home", "/console/index.xhtml"),
  INBOX("nav.inbox", "pi pi-inbox", null),
  TASKS("nav.tasks", "pi pi-check-square", null),
  BOOKINGS("nav.bookings", "pi pi-book", null),
  AVAILABILITY("nav.availability", "pi pi-calendar", null),
  TEMPLATES("nav.templates", "pi pi-file-edit", null),
  GUESTS("nav.guests", "pi pi-users", null),
  ANALYTICS("nav.analytics", "pi pi-chart-bar", null);

  private final String labelKey;
  private final String icon;
  private final String viewId;

  ConsoleArea(String labelKey, String icon, String viewId) {
    this.labelKey = labelKey;
    this.icon = icon;
    this.viewId = viewId;
  }

  /** The key of the area's name in the console's bundle. */
  public String getLabelKey() {
    return labelKey;
  }

  /** PrimeIcons style classes. */
  public String getIcon() {
    return icon;
  }

  /**
   * The page the area opens.
   *
   * @throws IllegalStateException for an area that is not built yet (see {@link #isAvailable()})
   */
  public String getViewId() {
    if (viewId == null) {
      throw new IllegalStateException(name() + " has no page yet");
    }
    return viewId;
  }

  public boolean isAvailable() {
    return viewId != null;
  }
}
