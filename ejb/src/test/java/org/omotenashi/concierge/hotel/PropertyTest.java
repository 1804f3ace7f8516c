package org.omotenashi.concierge.hotel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PropertyTest {
  private final PropertyFileParser parser = new PropertyFileParser();
  private final Instant created = Instant.parse("2026-11-01T00:00:00Z");
  private final Instant changed = Instant.parse("2026-11-02T00:00:00Z");

  @Test
  void aNewPropertyHasEverythingItsFileDescribes() throws IOException {
    Property hotel = new Property(parser.parse(PropertyFileParserTest.demo()), created);

    assertThat(hotel.getRoomCount()).isEqualTo(28);
    assertThat(hotel.getDefaultLanguage()).isEqualTo("en");
    assertThat(hotel.findRoomType("DLX-KING")).hasValueSatisfying(type -> {
      assertThat(type.getRooms()).filteredOn(Room::isAccessible).extracting(Room::getNumber)
          .containsExactly("401", "402");
    });
    assertThat(hotel.getDepartments()).extracting(Department::getCode).contains("SPA", "MAINTENANCE");
  }

  @Test
  void redefiningKeepsTheSameRoomTypesAndRoomsAndDropsWhatTheFileNoLongerLists() throws IOException {
    String demo = PropertyFileParserTest.demo();
    Property hotel = new Property(parser.parse(demo), created);
    RoomType twin = hotel.findRoomType("STD-TWIN").orElseThrow();
    Room room201 = twin.getRooms().get(0);

    String changedFile = demo.replace("rate: 18000", "rate: 19000")
        .replace("rooms: [201, 202, 203, 204, 205, 206, 301", "rooms: [201, 202, 203, 204, 205, 301");
    hotel.define(parser.parse(changedFile), changed);

    RoomType twinAfter = hotel.findRoomType("STD-TWIN").orElseThrow();
    assertThat(twinAfter).isSameAs(twin);
    assertThat(twinAfter.getRooms().get(0)).isSameAs(room201);
    assertThat(twinAfter.getBaseRate()).isEqualByComparingTo("19000");
    assertThat(twinAfter.getRooms()).extracting(Room::getNumber).doesNotContain("206").hasSize(11);
    assertThat(hotel.getUpdatedAt()).isEqualTo(changed);
    assertThat(hotel.getCreatedAt()).isEqualTo(created);
  }

  @Test
  void aFileOfAnotherPropertyCannotRedefineThisOne() throws IOException {
    String demo = PropertyFileParserTest.demo();
    Property hotel = new Property(parser.parse(demo), created);

    assertThatThrownBy(() -> hotel.define(parser.parse(demo.replace("SAKURA-KYO", "OTHER")), changed))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
