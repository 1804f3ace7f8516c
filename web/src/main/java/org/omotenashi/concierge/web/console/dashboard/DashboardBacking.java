package org.omotenashi.concierge.web.console.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.omotenashi.concierge.booking.BookingService;
import org.omotenashi.concierge.booking.FrontDeskDay;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyService;

/**
 * Backs the dashboard ({@code /console/index.xhtml}): the property at a glance and today's date at
 * the hotel, which is the day that counts for arrivals and departures wherever the server runs.
 *
 * <p>Arrivals, departures and guests in house are counted from the embedded PMS's bookings.
 */
@Named
@RequestScoped
public class DashboardBacking {
  @Inject PropertyService properties;
  @Inject BookingService bookings;
  @Inject Clock clock;

  private boolean propertyPresent;
  private String propertyName;
  private String address;
  private String timezone;
  private LocalDate today;
  private List<RoomTypeLine> roomTypes = List.of();
  private int roomCount;
  private FrontDeskDay frontDesk;

  /**
   * A room type as the dashboard lists it. Bean-style getters because Expression Language 5
   * (Jakarta EE 10) does not read record components.
   */
  public record RoomTypeLine(String name, int rooms) {
    public String getName() {
      return name;
    }

    public int getRooms() {
      return rooms;
    }
  }

  @PostConstruct
  void load() {
    Optional<Property> found = properties.findProperty();
    ZoneId zone = found.map(Property::getTimezone).orElse(clock.getZone());
    today = LocalDate.now(clock.withZone(zone));
    found.ifPresent(
        property -> {
          propertyPresent = true;
          propertyName = property.getName();
          address = property.getAddress();
          timezone = zone.getId();
          roomTypes =
              property.getRoomTypes().stream()
                  .map(type -> new RoomTypeLine(type.getName(), type.getRooms().size()))
                  .toList();
          roomCount = property.getRoomCount();
          frontDesk = bookings.frontDeskDay();
        });
  }

  /** Whether a property is set up; without one the dashboard says so instead of showing it. */
  public boolean isPropertyPresent() {
    return propertyPresent;
  }

  public String getPropertyName() {
    return propertyName;
  }

  public String getAddress() {
    return address;
  }

  /** The hotel's time zone, for example {@code Asia/Tokyo}. */
  public String getTimezone() {
    return timezone;
  }

  /** Today in the hotel's time zone. */
  public LocalDate getToday() {
    return today;
  }

  public int getRoomTypeCount() {
    return roomTypes.size();
  }

  public int getRoomCount() {
    return roomCount;
  }

  public List<RoomTypeLine> getRoomTypes() {
    return roomTypes;
  }

  /** Guests due to arrive today. */
  public long getArrivalsToday() {
    return frontDesk == null ? 0 : frontDesk.arrivals();
  }

  /** Guests due to leave today, whether or not they have checked out yet. */
  public long getDeparturesToday() {
    return frontDesk == null ? 0 : frontDesk.departures();
  }

  /** Guests checked in and staying. */
  public long getInHouse() {
    return frontDesk == null ? 0 : frontDesk.inHouse();
  }
}
