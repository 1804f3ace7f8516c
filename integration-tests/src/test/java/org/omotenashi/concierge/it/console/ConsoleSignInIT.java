package org.omotenashi.concierge.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omotenashi.concierge.it.ApiClient;
import org.omotenashi.concierge.it.RunningSystem;
import org.omotenashi.concierge.it.TestSystem;
import org.openqa.selenium.By;

/**
 * The staff console's shell in a real browser: signing in and out, the guard on console pages, the
 * dashboard of the demo hotel, and the console's two languages. Each test has a browser of its own,
 * so no test sees another's session.
 */
@ExtendWith(RunningSystem.class)
class ConsoleSignInIT {
  private static final By NAVIGATION = By.id("console-nav");
  private static final By LOGIN_MESSAGES = By.id("login:messages");

  @Test
  void adminSignsInAndSeesTheDashboardOfTheirHotel(TestSystem system) {
    ApiClient admin = system.api().signedInAs(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
    JsonNode property = admin.get("/api/v1/property").json();
    LocalDate hotelToday = LocalDate.now(ZoneId.of(property.path("timezone").asText()));
    // A guest arriving today, so that the arrivals tile has something to count.
    assertThat(admin.post("/api/v1/bookings", Map.of("roomType", "JPN-TATAMI",
        "checkIn", hotelToday.toString(), "checkOut", hotelToday.plusDays(1).toString(),
        "adults", 2, "guest", Map.of("name", "Hiro Arai"))).status()).isEqualTo(201);
    long arrivals = countBookings(admin, hotelToday, "checkIn", hotelToday, "CONFIRMED", "CHECKED_IN");
    long departures =
        countBookings(admin, hotelToday.minusDays(1), "checkOut", hotelToday, "CHECKED_IN", "CHECKED_OUT");
    long inHouse = admin.get("/api/v1/bookings?status=CHECKED_IN&limit=500").json().size();
    int rooms = 0;
    for (JsonNode roomType : property.path("roomTypes")) {
      rooms += roomType.path("rooms").size();
    }
    String today =
        LocalDate.now(ZoneId.of(property.path("timezone").asText()))
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH));

    try (Browser browser = Browser.open(system.baseUri())) {
      browser.go("login.xhtml").signIn(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);

      browser.awaitPage("console/index.xhtml");
      assertThat(browser.text(By.id("staff-name"))).isEqualTo("Aiko Tanaka");
      assertThat(browser.text(By.id("topbar:staff-role"))).isEqualTo("Administrator");
      assertThat(browser.text(By.id("hotel-name"))).isEqualTo("Hotel Sakura Kyoto");
      assertThat(browser.text(By.id("property-name"))).isEqualTo("Hotel Sakura Kyoto");
      assertThat(browser.text(By.id("property-address")))
          .isEqualTo(property.path("address").asText());
      assertThat(browser.text(By.id("today"))).contains(today);
      assertThat(arrivals).isPositive();
      assertThat(browser.text(By.id("arrivals"))).startsWith("Arrivals today");
      assertThat(browser.text(By.cssSelector("#arrivals .tile-value"))).isEqualTo(String.valueOf(arrivals));
      assertThat(browser.text(By.cssSelector("#departures .tile-value"))).isEqualTo(String.valueOf(departures));
      assertThat(browser.text(By.cssSelector("#in-house .tile-value"))).isEqualTo(String.valueOf(inHouse));
      assertThat(browser.text(By.id("room-types")))
          .endsWith(String.valueOf(property.path("roomTypes").size()));
      assertThat(browser.text(By.id("rooms"))).endsWith(String.valueOf(rooms));
      // Only the dashboard is built: the other areas are listed, but are no links to empty pages.
      assertThat(browser.all(By.cssSelector("#console-nav a"))).hasSize(1);
      assertThat(browser.all(By.cssSelector("#console-nav .is-disabled")))
          .hasSize(7)
          .allSatisfy(area -> assertThat(area.getAttribute("title")).isEqualTo("Coming soon"));

      browser.screenshot(Path.of("target", "screenshots", "dashboard.png"));
    }
  }

  /** Bookings whose {@code dateField} is {@code date}, in one of the statuses, among those touching {@code night}. */
  private static long countBookings(
      ApiClient admin, LocalDate night, String dateField, LocalDate date, String... statuses) {
    JsonNode found = admin.get("/api/v1/bookings?limit=500&from=" + night + "&to=" + night).json();
    long count = 0;
    for (JsonNode booking : found) {
      if (booking.path(dateField).asText().equals(date.toString())
          && List.of(statuses).contains(booking.path("status").asText())) {
        count++;
      }
    }
    return count;
  }

  @Test
  void aWrongPasswordStaysOnTheSignInPageAndSaysSo(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri())) {
      browser
          .go("login.xhtml")
          .signIn(TestSystem.ADMIN_USERNAME, "not-" + TestSystem.ADMIN_PASSWORD);

      browser.awaitText(LOGIN_MESSAGES, "Wrong user name or password");
      assertThat(browser.currentPath()).endsWith("/login.xhtml");
      assertThat(browser.all(By.id("staff-name"))).isEmpty();

      browser.go("console/index.xhtml").awaitPage("login.xhtml");
    }
  }

  @Test
  void aConsolePageAskedForWithoutSigningInShowsTheSignInPage(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri())) {
      browser.go("console/index.xhtml").awaitPage("login.xhtml");
      assertThat(browser.visible(By.id("login:username")).isDisplayed()).isTrue();
      assertThat(browser.all(By.id("property-name"))).isEmpty();

      browser.go("").awaitPage("login.xhtml");
    }
  }

  @Test
  void signingOutShowsTheSignInPageAndLocksTheConsoleAgain(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri())) {
      browser.signInToDashboard(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);

      browser.signOut().awaitPage("login.xhtml");
      browser.visible(By.id("login:username"));

      browser.go("console/index.xhtml").awaitPage("login.xhtml");
      assertThat(browser.all(By.id("staff-name"))).isEmpty();
    }
  }

  @Test
  void aBrowserAskingForJapaneseGetsTheConsoleInJapanese(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri(), "ja")) {
      browser.go("login.xhtml");
      assertThat(browser.text(By.id("login:sign-in"))).isEqualTo("サインイン");

      browser.signIn(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
      browser.awaitPage("console/index.xhtml");
      assertThat(browser.text(NAVIGATION))
          .contains("ダッシュボード", "受信箱", "タスク", "予約", "空室状況", "テンプレート", "ゲスト", "分析")
          .doesNotContain("Inbox");
      assertThat(browser.text(By.id("arrivals"))).contains("本日の到着");
      assertThat(browser.text(By.id("topbar:sign-out"))).isEqualTo("サインアウト");
    }
  }

  @Test
  void theLanguageSwitchTurnsTheConsoleJapaneseForTheRestOfTheSession(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri())) {
      browser.signInToDashboard(TestSystem.ADMIN_USERNAME, TestSystem.ADMIN_PASSWORD);
      assertThat(browser.text(NAVIGATION)).contains("Inbox");

      browser.chooseLanguage("ja");
      assertThat(browser.text(NAVIGATION)).contains("ダッシュボード", "受信箱");
      assertThat(browser.text(By.id("topbar:staff-role"))).isEqualTo("管理者");

      browser.go("console/index.xhtml").awaitPage("console/index.xhtml");
      assertThat(browser.text(NAVIGATION)).contains("受信箱").doesNotContain("Inbox");

      browser.chooseLanguage("en");
      assertThat(browser.text(NAVIGATION)).contains("Inbox");
    }
  }
}
