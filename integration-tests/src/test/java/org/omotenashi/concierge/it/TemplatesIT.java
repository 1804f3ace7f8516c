package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Message templates as an administrator manages them: the shipped texts in six languages, an edit
 * that guests read at once, the history, a diff, a rollback, and edits that are refused.
 */
@ExtendWith(RunningSystem.class)
class TemplatesIT {
  private static final String WELCOME = "/api/v1/templates/greeting.welcome/";

  @Test
  void everyShippedKeyHasItsTextInTheSixLanguages(TestSystem system) {
    JsonNode all = StaffAccountsIT.admin(system).get("/api/v1/templates").json();

    for (String language : new String[] {"en", "ja", "es", "fr", "pt", "de"}) {
      assertThat(all.findValues("key").stream().filter(k -> k.asText().equals("booking.confirmed")).count())
          .isGreaterThanOrEqualTo(6);
      assertThat(StaffAccountsIT.admin(system).get(WELCOME + language).status()).isEqualTo(200);
    }
  }

  @Test
  void anEditIsWhatTheNextGuestReadsAndARollbackBringsTheOldTextBack(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    JsonNode before = admin.get(WELCOME + "de").json();
    int original = before.path("activeVersion").asInt();
    String originalText = before.path("preview").asText();

    ApiClient.Reply edited = admin.put(WELCOME + "de", "application/json",
        "{\"text\": \"Herzlich willkommen im {hotelName}! Wir melden uns gleich.\", \"reason\": \"Wärmer\"}");

    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().path("activeVersion").asInt()).isEqualTo(original + 1);
    assertThat(firstReplyOfANewGuest(system, "de-DE")).isEqualTo("Herzlich willkommen im Hotel Sakura Kyoto! Wir melden uns gleich.");

    JsonNode diff = admin.get(WELCOME + "de/diff?from=" + original + "&to=" + (original + 1)).json();
    assertThat(diff.path("lines").findValuesAsText("kind")).contains("REMOVED", "ADDED");
    assertThat(diff.path("unified").asText()).contains("+Herzlich willkommen");

    ApiClient.Reply rolledBack = admin.post(WELCOME + "de/rollback", Map.of("version", original));
    assertThat(rolledBack.json().path("activeVersion").asInt()).isEqualTo(original + 2);
    assertThat(firstReplyOfANewGuest(system, "de-DE")).isEqualTo(originalText);

    JsonNode versions = admin.get(WELCOME + "de").json().path("versions");
    JsonNode warmer = versions.get(original);
    assertThat(warmer.path("author").asText()).isEqualTo("admin");
    assertThat(warmer.path("reason").asText()).isEqualTo("Wärmer");
    assertThat(warmer.path("uses").asLong()).isEqualTo(1);
    assertThat(versions.get(original + 1).path("reason").asText()).isEqualTo("Rolled back to version " + original);
    assertThat(versions.get(original + 1).path("active").asBoolean()).isTrue();
  }

  @Test
  void anInvalidTextOrAnUnknownVariableIsRefusedAndNothingChanges(TestSystem system) {
    ApiClient admin = StaffAccountsIT.admin(system);
    int active = admin.get(WELCOME + "fr").json().path("activeVersion").asInt();

    ApiClient.Reply broken = admin.put(WELCOME + "fr", "application/json", "{\"text\": \"Bienvenue au {hotelName\"}");
    ApiClient.Reply unknown = admin.put(WELCOME + "fr", "application/json",
        "{\"text\": \"Bonjour {roomNumber} !\"}");

    assertThat(broken.status()).isEqualTo(422);
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.json().path("detail").asText()).contains("roomNumber");
    assertThat(admin.get(WELCOME + "fr").json().path("activeVersion").asInt()).isEqualTo(active);
    assertThat(admin.get("/api/v1/templates/no.such.key/en").status()).isEqualTo(404);
  }

  @Test
  void onlyAdministratorsManageTemplates(TestSystem system) {
    String username = StaffAccountsIT.unique("agent");
    StaffAccountsIT.admin(system).post("/api/v1/staff", Map.of("username", username, "name", "Front Desk",
        "role", "AGENT", "password", "long-enough-password"));

    assertThat(system.api().signedInAs(username, "long-enough-password").get("/api/v1/templates").status())
        .isEqualTo(403);
  }

  /** What a new web chat guest with this browser language reads first. */
  static String firstReplyOfANewGuest(TestSystem system, String language) {
    JsonNode answer = system.api().post("/api/v1/webchat/messages",
        WebChatIT.message(null, WebChatIT.newGuestId(), "Guten Tag", language)).json();
    return answer.path("replies").get(0).path("text").asText();
  }
}
