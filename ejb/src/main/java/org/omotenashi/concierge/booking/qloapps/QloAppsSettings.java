package org.omotenashi.concierge.booking.qloapps;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach one QloApps installation and how its catalogue maps to ours: the webservice base URL
 * (ending in {@code /api}), the API key, the hotel's id in QloApps, our room type codes with their
 * QloApps room type (product) ids, the HTTP timeout, how stale a cached availability answer may be
 * while QloApps is down, and the currency bookings are made in.
 *
 * <p>Invariants: every value is present and valid; {@link #toString()} never shows the API key.
 */
record QloAppsSettings(
    URI baseUrl,
    String apiKey,
    int hotelId,
    Map<String, Integer> roomTypes,
    Duration timeout,
    Duration staleAvailability,
    String currency) {

  static final String BASE_URL_KEY = "concierge.pms.qloapps.base-url";
  static final String API_KEY_KEY = "concierge.pms.qloapps.api-key";
  static final String ROOM_TYPES_KEY = "concierge.pms.qloapps.room-types";

  QloAppsSettings {
    if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new IllegalStateException(
          BASE_URL_KEY + " must be an absolute URL like http://host/api");
    }
    String text = baseUrl.toString();
    baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException(
          API_KEY_KEY + " is not set: give it in the environment as CONCIERGE_PMS_QLOAPPS_API_KEY");
    }
    if (hotelId < 1) {
      throw new IllegalStateException(
          "concierge.pms.qloapps.hotel-id must be a QloApps hotel id (1 or more)");
    }
    if (roomTypes == null || roomTypes.isEmpty()) {
      throw new IllegalStateException(
          ROOM_TYPES_KEY
              + " must map our room type codes to QloApps room type ids, like"
              + " STD-TWIN=1,DLX-KING=2");
    }
    roomTypes = Collections.unmodifiableMap(new LinkedHashMap<>(roomTypes));
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalStateException("concierge.pms.qloapps.timeout must be a positive duration");
    }
    if (staleAvailability == null || staleAvailability.isNegative()) {
      throw new IllegalStateException(
          "concierge.pms.qloapps.stale-availability must not be negative");
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw new IllegalStateException(
          "concierge.pms.qloapps.currency must be an ISO 4217 code like JPY");
    }
  }

  /** Builds the settings from configuration values as MicroProfile Config gives them. */
  static QloAppsSettings fromConfig(
      Optional<String> baseUrl,
      Optional<String> apiKey,
      int hotelId,
      String roomTypes,
      Duration timeout,
      Duration staleAvailability,
      String currency) {
    String url =
        baseUrl
            .filter(value -> !value.isBlank())
            .orElseThrow(() -> new IllegalStateException(BASE_URL_KEY + " is not set"));
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(BASE_URL_KEY + " is not a URL: " + url);
    }
    return new QloAppsSettings(
        uri,
        apiKey.map(String::strip).orElse(null),
        hotelId,
        parseRoomTypes(roomTypes),
        timeout,
        staleAvailability,
        currency == null ? null : currency.strip());
  }

  /** Reads {@code STD-TWIN=1,DLX-KING=2}: our code, an equals sign, the QloApps room type id. */
  static Map<String, Integer> parseRoomTypes(String text) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return mapping;
    }
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", -1);
      if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().matches("[1-9][0-9]{0,9}")) {
        throw new IllegalStateException(
            ROOM_TYPES_KEY + ": '" + pair.strip() + "' is not CODE=QLOAPPS_ID (like STD-TWIN=1)");
      }
      mapping.put(parts[0].strip(), Integer.valueOf(parts[1].strip()));
    }
    return mapping;
  }

  /** The QloApps room type id of one of our room type codes. */
  Optional<Integer> roomTypeId(String code) {
    return Optional.ofNullable(roomTypes.get(code));
  }

  /**
   * Our code for a QloApps room type id; a type that is not mapped (sold in QloApps only) is named
   * {@code QLO-<id>} so that it can still be shown.
   */
  String roomTypeCode(int qloAppsId) {
    return roomTypes.entrySet().stream()
        .filter(entry -> entry.getValue() == qloAppsId)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("QLO-" + qloAppsId);
  }

  @Override
  public String toString() {
    return "QloAppsSettings[baseUrl="
        + baseUrl
        + ", apiKey=(hidden), hotelId="
        + hotelId
        + ", roomTypes="
        + roomTypes
        + ", timeout="
        + timeout
        + ", staleAvailability="
        + staleAvailability
        + ", currency="
        + currency
        + "]";
  }
}
