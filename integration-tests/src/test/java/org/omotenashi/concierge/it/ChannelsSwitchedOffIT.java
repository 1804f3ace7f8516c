package org.omotenashi.concierge.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A channel whose settings are missing is switched off: its webhooks answer 404, as problems. */
@ExtendWith(RunningSystem.class)
class ChannelsSwitchedOffIT {

  @Test
  void withoutSettingsTheWhatsAppAndTwilioWebhooksAre404(TestSystem system) {
    ApiClient.Reply whatsApp = system.api().get("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=x&hub.challenge=1");
    ApiClient.Reply twilio = system.api().postRaw("/webhooks/twilio/messages",
        "application/x-www-form-urlencoded", "From=%2B34600123456&Body=Hola&MessageSid=SM1");

    assertThat(whatsApp.status()).isEqualTo(404);
    assertThat(whatsApp.contentType()).startsWith("application/problem+json");
    assertThat(twilio.status()).isEqualTo(404);
    assertThat(system.api().get("/api/whatsapp").status()).as("webhooks are not under /api").isEqualTo(404);
  }
}
