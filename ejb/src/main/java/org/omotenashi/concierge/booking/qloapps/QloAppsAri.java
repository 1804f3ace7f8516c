package org.omotenashi.concierge.booking.qloapps;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.omotenashi.concierge.booking.RoomTypeAvailability;
import org.omotenashi.concierge.booking.StayRequest;

/**
 * Availability through QloApps's {@code hotel_ari} resource ({@code
 * modules/hotelreservationsystem/classes/WebserviceSpecificManagementHotelAri.php}): a POST whose
 * body is XML (the resource reads nothing else) asking for one hotel, the stay's dates, the party
 * as one room occupancy and a date-wise breakdown. QloApps answers, with {@code
 * output_format=JSON}, one entry per night:
 *
 * <pre>{@code
 * {"hotel_aris": [{"id_hotel": "1", "date_from": "2026-12-01", "date_to": "2026-12-02",
 *   "currency": "JPY", "total_rooms": 8, "total_available_rooms": 5,
 *   "room_types": [{"id_room_type": "1", "name": "Standard Twin",
 *     "base_price": 10000, "base_price_with_tax": 11000,
 *     "total_price": 10000, "total_price_with_tax": 11000,
 *     "rooms": {"available": {"101": {"id_room": "101", "room_num": "A-101"}}}}]}]}
 * }</pre>
 *
 * <p>A room type's free rooms for the stay are the rooms listed available on every night (QloApps
 * books one room for the whole stay); the price of a night is {@code total_price_with_tax} of that
 * night (taxes included, one room); the total is their sum. Room types that are not mapped in
 * {@code concierge.pms.qloapps.room-types}, or that QloApps does not offer on every night for this
 * party, are left out.
 */
final class QloAppsAri {
  static final String RESOURCE = "hotel_ari";

  private QloAppsAri() {}

  static String requestXml(int hotelId, StayRequest request) {
    return """
           <?xml version="1.0" encoding="UTF-8"?>
           <qloapps xmlns:xlink="http://www.w3.org/1999/xlink">
             <hotel_ari>
               <id_hotel>%d</id_hotel>
               <date_from>%s</date_from>
               <date_to>%s</date_to>
               <get_available_rooms>1</get_available_rooms>
               <date_wise_breakdown>1</date_wise_breakdown>
               <associations>
                 <room_occupancies>
                   <room_occupancy>
                     <adults>%d</adults>
                     <children>%d</children>
                   </room_occupancy>
                 </room_occupancies>
               </associations>
             </hotel_ari>
           </qloapps>
           """
        .formatted(
            hotelId,
            request.stay().checkIn(),
            request.stay().checkOut(),
            request.party().adults(),
            request.party().children());
  }

  static List<RoomTypeAvailability> read(
      JsonObject answer, StayRequest request, QloAppsSettings settings) {
    Map<LocalDate, JsonObject> nights = nightsByDate(answer);
    List<RoomTypeAvailability> offered = new ArrayList<>();
    for (Map.Entry<String, Integer> mapped : settings.roomTypes().entrySet()) {
      offer(mapped.getKey(), mapped.getValue(), nights, request, settings).ifPresent(offered::add);
    }
    return offered;
  }

  private static Map<LocalDate, JsonObject> nightsByDate(JsonObject answer) {
    Map<LocalDate, JsonObject> nights = new HashMap<>();
    for (JsonObject night : JsonFields.objects(answer, "hotel_aris")) {
      nights.put(LocalDate.parse(JsonFields.text(night, "date_from").substring(0, 10)), night);
    }
    return nights;
  }

  private static Optional<RoomTypeAvailability> offer(
      String code,
      int qloAppsId,
      Map<LocalDate, JsonObject> nights,
      StayRequest request,
      QloAppsSettings settings) {
    Set<String> freeEveryNight = null;
    List<BigDecimal> nightly = new ArrayList<>();
    String name = code;
    String currency = settings.currency();
    for (LocalDate date : request.stay().eachNight()) {
      JsonObject night = nights.get(date);
      if (night == null) {
        throw new MalformedAnswerException("no entry for the night of " + date);
      }
      currency =
          JsonFields.optionalText(night, "currency").filter(c -> !c.isBlank()).orElse(currency);
      Optional<JsonObject> type = roomType(night, qloAppsId);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      name = JsonFields.optionalText(type.get(), "name").orElse(name);
      nightly.add(JsonFields.decimal(type.get(), "total_price_with_tax"));
      Set<String> free = availableRoomIds(type.get());
      if (freeEveryNight == null) {
        freeEveryNight = free;
      } else {
        freeEveryNight.retainAll(free);
      }
    }
    String finalCurrency = currency.toUpperCase(Locale.ROOT);
    List<BigDecimal> rounded =
        nightly.stream().map(price -> Money.round(price, finalCurrency)).toList();
    return Optional.of(
        new RoomTypeAvailability(
            code,
            name,
            freeEveryNight == null ? 0 : freeEveryNight.size(),
            rounded,
            rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
            finalCurrency));
  }

  private static Optional<JsonObject> roomType(JsonObject night, int qloAppsId) {
    for (JsonObject type : JsonFields.objects(night, "room_types")) {
      if (JsonFields.integer(type, "id_room_type") == qloAppsId) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static Set<String> availableRoomIds(JsonObject roomType) {
    Set<String> ids = new HashSet<>();
    Optional<JsonObject> rooms = JsonFields.optionalObject(roomType, "rooms");
    if (rooms.isPresent()) {
      for (JsonObject room : JsonFields.objects(rooms.get(), "available")) {
        ids.add(JsonFields.text(room, "id_room"));
      }
    }
    return ids;
  }
}
