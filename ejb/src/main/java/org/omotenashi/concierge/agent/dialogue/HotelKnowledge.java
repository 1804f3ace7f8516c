package org.omotenashi.concierge.agent.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omotenashi.concierge.agent.understanding.HotelTopic;
import org.omotenashi.concierge.template.TemplateKeys;

/**
 * {@code get_hotel_info}: the answer to a question about the hotel, made only of the property's own
 * facts (in the guest's language where the hotel wrote one). A topic the property says nothing
 * about has no answer, and the concierge says so rather than guess.
 */
final class HotelKnowledge {
  /** Where each topic's facts live in the property file ({@code category.key}, or a prefix). */
  private static final Map<HotelTopic, List<String>> FACTS =
      Map.ofEntries(
          Map.entry(HotelTopic.WIFI, List.of("amenities.wifi")),
          Map.entry(HotelTopic.BREAKFAST, List.of("amenities.breakfast")),
          Map.entry(HotelTopic.RESTAURANT, List.of("amenities.restaurant")),
          Map.entry(HotelTopic.ROOM_SERVICE, List.of("amenities.room_service")),
          Map.entry(HotelTopic.CHECK_IN_TIME, List.of("policies.early_check_in")),
          Map.entry(HotelTopic.CHECK_OUT_TIME, List.of("policies.late_check_out")),
          Map.entry(HotelTopic.EARLY_CHECK_IN, List.of("policies.early_check_in")),
          Map.entry(HotelTopic.LATE_CHECK_OUT, List.of("policies.late_check_out")),
          Map.entry(HotelTopic.CANCELLATION_POLICY, List.of("policies.cancellation")),
          Map.entry(HotelTopic.CHILDREN, List.of("policies.children")),
          Map.entry(HotelTopic.PETS, List.of("policies.pets")),
          Map.entry(HotelTopic.SMOKING, List.of("policies.smoking")),
          Map.entry(HotelTopic.PAYMENT, List.of("policies.payment")),
          Map.entry(HotelTopic.PARKING, List.of("amenities.parking")),
          Map.entry(HotelTopic.ONSEN, List.of("amenities.onsen")),
          Map.entry(HotelTopic.SPA, List.of("amenities.spa")),
          Map.entry(HotelTopic.LUGGAGE, List.of("amenities.luggage")),
          Map.entry(HotelTopic.LAUNDRY, List.of("amenities.laundry")),
          Map.entry(HotelTopic.BICYCLES, List.of("amenities.bicycles")),
          Map.entry(HotelTopic.ACCESSIBILITY, List.of("amenities.accessibility")),
          Map.entry(HotelTopic.TRANSPORT, List.of("transport.")),
          Map.entry(HotelTopic.NEARBY, List.of("nearby.")));

  /**
   * The parts of the answer, in order: fact texts (strings) and texts to render ({@link Reply});
   * empty when the hotel's facts do not answer.
   */
  List<Object> answer(HotelTopic topic, String language, HotelProfile hotel) {
    List<Object> parts = new ArrayList<>();
    switch (topic) {
      case CHECK_IN_TIME, CHECK_OUT_TIME ->
          parts.add(
              new Reply(
                  TemplateKeys.FAQ_CHECK_TIMES,
                  Map.of(
                      "checkInTime", hotel.rules().checkInTime(),
                      "checkOutTime", hotel.rules().checkOutTime())));
      case ADDRESS -> parts.add(hotel.name() + ", " + hotel.address());
      case CONTACT -> {
        parts.add(hotel.phone() + " · " + hotel.email());
        if (hotel.frontDesk() != null) {
          parts.add(hotel.frontDesk());
        }
      }
      case ROOMS ->
          hotel
              .roomTypes()
              .forEach(
                  type ->
                      parts.add(
                          "%s: %s, %d m², max. %d"
                              .formatted(
                                  type.name(), type.beds(), type.sizeM2(), type.maxGuests())));
      default -> {}
    }
    for (String path : FACTS.getOrDefault(topic, List.of())) {
      for (HotelProfile.Fact fact : hotel.factsAt(path, language)) {
        parts.add(labelled(fact));
      }
    }
    return parts;
  }

  /**
   * "Kyoto station: 10 minutes by taxi", "Early check in: from 12:00...": the fact's own name in
   * front, since a fact's text often leaves out what it is about.
   */
  private static String labelled(HotelProfile.Fact fact) {
    if (fact.category().equals("nearby")) {
      return "• " + fact.text();
    }
    String label = fact.key().replace('_', ' ');
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) + ": " + fact.text();
  }
}
