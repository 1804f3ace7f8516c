package org.omotenashi.concierge.web.webhook.twilio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.messaging.InboxService;
import org.omotenashi.concierge.messaging.OutboxService;
import org.omotenashi.concierge.messaging.twilio.TwilioSettings;
import org.omotenashi.concierge.messaging.twilio.TwilioSignature;
import org.omotenashi.concierge.messaging.twilio.TwilioWebhookRequest;
import org.omotenashi.concierge.web.support.Problem;

/**
 * Twilio's webhooks for SMS and WhatsApp-through-Twilio, under {@code /webhooks/twilio}: {@code
 * messages} (a guest wrote) and {@code status} (news about a message we sent).
 *
 * <p>Every request is checked against {@code X-Twilio-Signature} before anything is read into the
 * system, and refused with 403 when the signature is missing or wrong. The signed URL is the one
 * Twilio called: {@code concierge.public-base-url} followed by the path below the application's
 * root, or, when that is not set, the URL the request arrived at (right only without a proxy that
 * changes scheme, host or port). With the channel switched off both answer 404.
 *
 * <p>A message is stored and acknowledged at once with empty TwiML: the reply goes out later
 * through the REST API, so Twilio's 15-second limit is never at risk. A redelivered message is
 * acknowledged the same way; the inbox recognises its SID and stores nothing new.
 */
@Path("twilio")
@RequestScoped
@Tag(name = "Channel webhooks")
public class TwilioWebhookResource {
  static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
  private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class.getName());

  @Inject TwilioSettings settings;
  @Inject InboxService inbox;
  @Inject OutboxService outbox;
  @Inject Clock clock;

  @Context HttpServletRequest request;
  @Context UriInfo uriInfo;

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "An SMS or WhatsApp message from a guest, signed by Twilio",
      description =
          "200 with empty TwiML once stored; 403 when X-Twilio-Signature is missing or wrong;"
              + " 404 when Twilio is not configured.")
  public Response message(
      @HeaderParam(TwilioSignature.HEADER) String signature, MultivaluedMap<String, String> form) {
    return verified(
        signature,
        form,
        webhook -> {
          inbox.receive(webhook.inboundMessage(clock));
          return Response.ok(EMPTY_TWIML, MediaType.TEXT_XML_TYPE.withCharset("UTF-8")).build();
        });
  }

  @POST
  @Path("status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(
      summary = "Twilio's status callback for a message we sent",
      description =
          "200 once recorded; 403 when X-Twilio-Signature is missing or wrong; 404 when Twilio is"
              + " not configured.")
  public Response status(
      @HeaderParam(TwilioSignature.HEADER) String signature, MultivaluedMap<String, String> form) {
    return verified(
        signature,
        form,
        webhook -> {
          webhook.deliveryUpdate(clock).ifPresent(outbox::recordDelivery);
          return Response.ok().build();
        });
  }

  private Response verified(
      String signature,
      MultivaluedMap<String, String> form,
      Function<TwilioWebhookRequest, Response> handler) {
    if (!settings.isEnabled()) {
      return Problem.of(404, "Channel not configured", "Twilio is not configured here.")
          .toResponse();
    }
    String url = signedUrl();
    if (!settings.signature().isValid(url, form, signature)) {
      // The URL is logged because a wrong concierge.public-base-url is the usual cause; not its
      // query string, which may carry secrets.
      LOG.warning(
          () ->
              "Refused a Twilio webhook: "
                  + (signature == null ? "no " : "wrong ")
                  + TwilioSignature.HEADER
                  + " for "
                  + url.replaceFirst("\\?.*", ""));
      return Problem.of(403, "Invalid signature", "The request is not signed by Twilio.")
          .toResponse();
    }
    TwilioWebhookRequest webhook = TwilioWebhookRequest.of(form);
    try {
      return handler.apply(webhook);
    } catch (IllegalArgumentException e) {
      return Problem.of(400, "Invalid webhook", e.getMessage()).toResponse();
    }
  }

  /** The URL Twilio signed: where it called us, query string included, exactly as sent. */
  private String signedUrl() {
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    return settings
        .publicBaseUrl()
        .map(base -> base + pathBelowRoot() + query)
        .orElseGet(() -> uriInfo.getRequestUri().toString());
  }

  /** {@code /webhooks/twilio/messages}: the path without the context root, still encoded. */
  private String pathBelowRoot() {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
