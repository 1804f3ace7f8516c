package org.omotenashi.concierge.hotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PropertyFileParserTest {
  private final PropertyFileParser parser = new PropertyFileParser();

  @Test
  void readsTheDemoHotelCompletely() throws IOException {
    PropertyDefinition hotel = parser.parse(demo());

    assertThat(hotel.code()).isEqualTo("SAKURA-KYO");
    assertThat(hotel.timezone()).isEqualTo("Asia/Tokyo");
    assertThat(hotel.currency()).isEqualTo("JPY");
    assertThat(hotel.languages()).containsExactly("en", "ja", "es", "fr", "pt", "de");
    assertThat(hotel.bookingReferencePrefix()).isEqualTo("SKR");
    assertThat(hotel.roomTypes()).extracting(PropertyDefinition.RoomTypeDefinition::code)
        .containsExactly("STD-TWIN", "DLX-KING", "JPN-TATAMI", "GDN-SUITE");
    var deluxe = hotel.roomTypes().get(1);
    assertThat(deluxe.rooms()).hasSize(8).startsWith("401");
    assertThat(deluxe.accessibleRooms()).containsExactly("401", "402");
    assertThat(deluxe.weekendRate()).isNull();
    assertThat(hotel.roomTypes().get(3).weekendRate()).isEqualByComparingTo(new BigDecimal("64000"));
    assertThat(hotel.facts()).anySatisfy(fact -> {
      assertThat(fact.category()).isEqualTo("amenities");
      assertThat(fact.key()).isEqualTo("wifi");
      assertThat(fact.text()).contains("omotenashi2026");
    });
    assertThat(hotel.facts()).filteredOn(fact -> fact.category().equals("nearby")).hasSize(5);
    assertThat(hotel.departments()).hasSize(6);
    assertThat(hotel.staff()).extracting(PropertyDefinition.StaffDefinition::username)
        .containsExactly("admin", "frontdesk", "housekeeping");
  }

  @Test
  void readsAFactGivenPerLanguage() throws IOException {
    String translated = demo().replace(
        "  room_service: 11:00-22:00",
        "  room_service: {en: \"11:00-22:00\", ja: \"11:00～22:00\", es: \"de 11:00 a 22:00\"}");

    List<PropertyDefinition.FactDefinition> roomService = parser.parse(translated).facts().stream()
        .filter(fact -> fact.key().equals("room_service")).toList();

    assertThat(roomService).extracting(PropertyDefinition.FactDefinition::language).containsExactly("en", "ja", "es");
    assertThat(roomService.get(1).text()).isEqualTo("11:00～22:00");
    assertThatThrownBy(() -> parser.parse(demo().replace("  room_service: 11:00-22:00", "  room_service: {ja: \"11:00～22:00\"}")))
        .hasMessageContaining("amenities.room_service");
  }

  @Test
  void namesTheFieldOfAnInvalidRate() throws IOException {
    String broken = demo().replace("rate: 26000", "rate: -5");

    assertThatThrownBy(() -> parser.parse(broken))
        .isInstanceOf(PropertyFileException.class)
        .hasMessage("room_types[1].rate must be an amount of zero or more");
  }

  @Test
  void refusesARoomListedUnderTwoTypes() throws IOException {
    String broken = demo().replace("rooms: [501,", "rooms: [401,");

    assertThatThrownBy(() -> parser.parse(broken)).hasMessage("room_types[2].rooms room 401 appears twice");
  }

  @Test
  void refusesAnUnknownTimeZoneLanguageOrCurrency() throws IOException {
    assertThatThrownBy(() -> parser.parse(demo().replace("Asia/Tokyo", "Asia/Atlantis")))
        .hasMessageStartingWith("property.timezone");
    assertThatThrownBy(() -> parser.parse(demo().replace("[en, ja,", "[en, xx,")))
        .hasMessageStartingWith("property.languages 'xx' is not one of");
    assertThatThrownBy(() -> parser.parse(demo().replace("currency: JPY", "currency: YEN")))
        .hasMessageStartingWith("property.currency");
  }

  @Test
  void requiresADepartmentForDepartmentStaff() throws IOException {
    String broken = demo().replace("    department: HOUSEKEEPING\n", "");

    assertThatThrownBy(() -> parser.parse(broken))
        .hasMessage("staff[2].department is required for the DEPARTMENT role");
  }

  @Test
  void refusesYamlThatIsNotAPropertyFile() {
    assertThatThrownBy(() -> parser.parse("- just\n- a list")).hasMessageStartingWith("(document) must be a mapping");
    assertThatThrownBy(() -> parser.parse("property: [unclosed"))
        .hasMessageStartingWith("The property file is not valid YAML");
    assertThatThrownBy(() -> parser.parse("property:\n  code: X\n")).hasMessage("property.languages is required");
  }

  @Test
  void refusesYamlThatAsksToBuildJavaObjects() {
    assertThatThrownBy(() -> parser.parse("property: !!java.io.File [/etc/passwd]"))
        .isInstanceOf(PropertyFileException.class);
  }

  static String demo() throws IOException {
    try (InputStream in = PropertyFileParserTest.class.getResourceAsStream(DemoPropertyInstaller.DEMO_FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
