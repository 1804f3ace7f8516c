package org.omotenashi.concierge.it.channels;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.omotenashi.concierge.it.RunningSystem;
import org.omotenashi.concierge.it.TestSystem;
import org.omotenashi.concierge.messaging.twilio.FakeTwilioApi;
import org.omotenashi.concierge.messaging.twilio.TwilioWebhooks;
import org.omotenashi.concierge.messaging.whatsapp.FakeWhatsAppGraph;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppWebhooks;

/**
 * A system with WhatsApp and Twilio switched on, pointed at fake providers on 127.0.0.1; started
 * once per test JVM (a system of its own, so that the shared one keeps its channels off) and handed
 * to tests as a parameter. The settings are test values, not secrets.
 */
public final class ChannelsSystem implements ParameterResolver {
  public static final String WHATSAPP_ACCESS_TOKEN = "it-whatsapp-access-token";
  public static final String WHATSAPP_APP_SECRET = "it-whatsapp-app-secret";
  public static final String WHATSAPP_VERIFY_TOKEN = "it-whatsapp-verify-token";
  public static final String WHATSAPP_PHONE_NUMBER_ID = WhatsAppWebhooks.BUSINESS_PHONE_NUMBER_ID;
  public static final String WHATSAPP_TEMPLATE = "hotel_follow_up";
  public static final String TWILIO_AUTH_TOKEN = "it-twilio-auth-token";
  public static final String TWILIO_FROM = "+15005550006";

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ChannelsSystem.class);

  /** The running system and the fakes it talks to. */
  public record Channels(TestSystem system, FakeWhatsAppGraph whatsApp, FakeTwilioApi twilio)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      system.close();
      whatsApp.close();
      twilio.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Channels.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent("channels", key -> start("channels"), Channels.class);
  }

  /** A system with the channels on, of its own: for a test that crashes it. */
  public static Channels start(String name) {
    FakeWhatsAppGraph whatsApp = FakeWhatsAppGraph.start(WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID);
    FakeTwilioApi twilio = FakeTwilioApi.start(TwilioWebhooks.ACCOUNT_SID, TWILIO_AUTH_TOKEN);
    TestSystem system = RunningSystem.startPrivate(name, settings(whatsApp, twilio));
    return new Channels(system, whatsApp, twilio);
  }

  static Map<String, String> settings(FakeWhatsAppGraph whatsApp, FakeTwilioApi twilio) {
    return Map.ofEntries(
        Map.entry("CONCIERGE_WHATSAPP_VERIFY_TOKEN", WHATSAPP_VERIFY_TOKEN),
        Map.entry("CONCIERGE_WHATSAPP_APP_SECRET", WHATSAPP_APP_SECRET),
        Map.entry("CONCIERGE_WHATSAPP_ACCESS_TOKEN", WHATSAPP_ACCESS_TOKEN),
        Map.entry("CONCIERGE_WHATSAPP_PHONE_NUMBER_ID", WHATSAPP_PHONE_NUMBER_ID),
        Map.entry("CONCIERGE_WHATSAPP_API_BASE_URL", whatsApp.baseUrl()),
        Map.entry("CONCIERGE_WHATSAPP_TEMPLATE_NAME", WHATSAPP_TEMPLATE),
        // A short window, so that a test can step outside it: replies to a guest come within it.
        Map.entry("CONCIERGE_MESSAGES_SERVICE_WINDOW", "PT8S"),
        Map.entry("CONCIERGE_TWILIO_ACCOUNT_SID", TwilioWebhooks.ACCOUNT_SID),
        Map.entry("CONCIERGE_TWILIO_AUTH_TOKEN", TWILIO_AUTH_TOKEN),
        Map.entry("CONCIERGE_TWILIO_FROM", TWILIO_FROM),
        Map.entry("CONCIERGE_TWILIO_API_BASE_URL", twilio.baseUrl()),
        // Replies are given up on after 3 attempts (2 s and 4 s apart) rather than 6.
        Map.entry("CONCIERGE_OUTBOX_MAX_ATTEMPTS", "3"),
        Map.entry("CONCIERGE_MESSAGING_POLL_INTERVAL", "PT0.2S"));
  }
}
