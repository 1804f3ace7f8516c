package org.omotenashi.concierge.booking.qloapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QloAppsSettingsTest {
  private static final String KEY = "QLOAPPSTESTKEY0123456789ABCDEFGH";

  private static QloAppsSettings settings(String baseUrl, String key, String roomTypes) {
    return QloAppsSettings.fromConfig(
        Optional.ofNullable(baseUrl),
        Optional.ofNullable(key),
        1,
        roomTypes,
        Duration.ofSeconds(5),
        Duration.ofMinutes(15),
        "JPY");
  }

  @Test
  void roomTypesMapOurCodesToQloAppsIdsInOrder() {
    QloAppsSettings settings =
        settings("http://127.0.0.1:8081/api/", KEY, " STD-TWIN=1, DLX-KING = 2 ");

    assertThat(settings.roomTypes())
        .containsExactly(java.util.Map.entry("STD-TWIN", 1), java.util.Map.entry("DLX-KING", 2));
    assertThat(settings.roomTypeId("DLX-KING")).contains(2);
    assertThat(settings.roomTypeCode(1)).isEqualTo("STD-TWIN");
    assertThat(settings.roomTypeCode(9)).isEqualTo("QLO-9");
    assertThat(settings.baseUrl()).hasToString("http://127.0.0.1:8081/api");
  }

  @Test
  void aMalformedMappingIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> settings("http://127.0.0.1/api", KEY, "STD-TWIN:1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("concierge.pms.qloapps.room-types");
    assertThatThrownBy(() -> settings("http://127.0.0.1/api", KEY, ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("concierge.pms.qloapps.room-types");
  }

  @Test
  void aMissingApiKeyOrBaseUrlIsRefusedNamingWhereToSetIt() {
    assertThatThrownBy(() -> settings("http://127.0.0.1/api", null, "STD-TWIN=1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CONCIERGE_PMS_QLOAPPS_API_KEY");
    assertThatThrownBy(() -> settings(null, KEY, "STD-TWIN=1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("concierge.pms.qloapps.base-url");
  }

  @Test
  void theApiKeyIsNotShownWhenTheSettingsArePrinted() {
    assertThat(settings("http://127.0.0.1/api", KEY, "STD-TWIN=1").toString())
        .doesNotContain(KEY)
        .contains("hidden");
  }
}
