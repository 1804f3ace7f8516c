package org.omotenashi.concierge.web.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.LinkedHashSet;
import java.util.Set;
import org.omotenashi.concierge.web.support.CommonProviders;
import org.omotenashi.concierge.web.webhook.twilio.TwilioWebhookResource;
import org.omotenashi.concierge.web.webhook.whatsapp.WhatsAppWebhookResource;

/**
 * The providers' webhooks under {@code /webhooks}, apart from the staff API under {@code /api}
 * because the providers are configured with these addresses and authenticate by signature, not by
 * MP-JWT.
 *
 * <p>Lists its classes instead of letting the container scan, so that none of the staff API appears
 * here: exactly the webhook resources, plus the problem-document mappers so that errors here are
 * JSON problems too. A new webhook resource is one {@code classes.add(...)} line.
 */
@ApplicationPath("/webhooks")
@ApplicationScoped
public class WebhookApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new LinkedHashSet<>();
    classes.add(WhatsAppWebhookResource.class);
    classes.add(TwilioWebhookResource.class);
    classes.addAll(CommonProviders.CLASSES);
    return classes;
  }
}
