package org.omotenashi.concierge.booking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.omotenashi.concierge.hotel.Property;
import org.omotenashi.concierge.hotel.PropertyFileParser;
import org.omotenashi.concierge.hotel.RoomType;

/** The demo hotel as unit tests build it: from the property file that ships with the product. */
final class DemoHotel {
  private DemoHotel() {}

  static Property property() {
    try (InputStream in = DemoHotel.class.getResourceAsStream("/demo/demo-hotel.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new Property(new PropertyFileParser().parse(yaml), Instant.parse("2026-11-01T00:00:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static RoomType roomType(String code) {
    return property().findRoomType(code).orElseThrow();
  }
}
