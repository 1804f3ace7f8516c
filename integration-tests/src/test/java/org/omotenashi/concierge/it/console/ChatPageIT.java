package org.omotenashi.concierge.it.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omotenashi.concierge.it.RunningSystem;
import org.omotenashi.concierge.it.TestSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The guest chat page in a real browser: in the browser's language, and its history after a reload. */
@ExtendWith(RunningSystem.class)
class ChatPageIT {

  @Test
  void aGuestWritesInTheirBrowsersLanguageAndFindsTheConversationAfterAReload(TestSystem system) {
    try (Browser browser = Browser.open(system.baseUri(), "ja")) {
      browser.go("chat/");
      assertThat(browser.text(By.id("chat-send"))).isEqualTo("送信");

      browser.visible(By.id("chat-input")).sendKeys("こんにちは、チェックインは何時ですか？", Keys.ENTER);

      // The concierge answers from the hotel's facts, in Japanese.
      browser.awaitText(By.cssSelector("#chat-log li.out"), "チェックインは15:00から");
      assertThat(browser.text(By.cssSelector("#chat-log li.in"))).isEqualTo("こんにちは、チェックインは何時ですか？");
      browser.screenshot(Path.of("target", "screenshots", "chat.png"));

      browser.go("chat/");
      browser.awaitText(By.cssSelector("#chat-log li.in"), "チェックインは何時ですか");
      assertThat(browser.all(By.cssSelector("#chat-log li"))).hasSize(2);
    }
  }
}
