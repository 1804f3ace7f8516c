package org.omotenashi.concierge.web.webhook.whatsapp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.messaging.DeliveryUpdate;
import org.omotenashi.concierge.messaging.InboundMessage;
import org.omotenashi.concierge.messaging.InboxService;
import org.omotenashi.concierge.messaging.OutboxService;
import org.omotenashi.concierge.messaging.whatsapp.MalformedWebhookException;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppSettings;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppSignature;
import org.omotenashi.concierge.messaging.whatsapp.WhatsAppWebhookPayload;
import org.omotenashi.concierge.web.support.Problem;
import org.omotenashi.concierge.web.support.RequestLogFilter;

/**
 * Where Meta calls us for WhatsApp: {@code GET} to check the subscription, {@code POST} with
 * guests' messages and the delivery news of ours. A POST is checked in this order: the channel is
 * configured (else 404), the body is at most 1 MB (else 413), the signature matches the raw body
 * (else 401), the body is a webhook payload (else 400); only then is anything stored. Storing a
 * message is durable and deduplicated by WhatsApp's id, so Meta's redeliveries are harmless; the
 * agent's work happens later, off this thread, and the answer is an immediate 200.
 */
@Path("whatsapp")
@RequestScoped
@Tag(name = "Channel webhooks")
public class WhatsAppWebhookResource {
  /** Meta's bodies are a few kilobytes; anything this large is not Meta and is not read further. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  /** Meta's challenge is a short number; echoing anything long would make us a reflector. */
  static final int MAX_CHALLENGE_LENGTH = 256;

  private static final Logger LOG = Logger.getLogger(WhatsAppWebhookResource.class.getName());

  @Inject WhatsAppSettings settings;
  @Inject InboxService inbox;
  @Inject OutboxService outbox;

  // No @Produces: Meta's Accept header is not documented, and a 406 would fail the subscription.
  @GET
  @Operation(
      summary = "Meta's subscription check",
      description =
          "Answers hub.challenge when hub.mode is 'subscribe' and hub.verify_token is this server's"
              + " verify token (CONCIERGE_WHATSAPP_VERIFY_TOKEN); 403 otherwise, 404 when WhatsApp"
              + " is not configured.")
  public Response verify(
      @QueryParam("hub.mode") String mode,
      @QueryParam("hub.verify_token") String verifyToken,
      @QueryParam("hub.challenge") String challenge) {
    if (!settings.isEnabled()) {
      return notConfigured();
    }
    if (!"subscribe".equals(mode) || !settings.isVerifyToken(verifyToken)) {
      return Problem.of(403, "Forbidden", "This is not the verify token configured for WhatsApp")
          .toResponse();
    }
    if (challenge == null || challenge.isBlank() || challenge.length() > MAX_CHALLENGE_LENGTH) {
      return Problem.of(400, "Bad Request", "hub.challenge is missing or too long").toResponse();
    }
    return Response.ok(challenge, MediaType.TEXT_PLAIN_TYPE).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Guests' messages and delivery statuses from WhatsApp",
      description =
          "Meta's webhook notification, signed in X-Hub-Signature-256 with the app secret. Stores"
              + " each message and status and answers 200 with {}; 401 for a missing or wrong"
              + " signature, 400 for a body that is not a webhook payload, 413 above 1 MB, 404 when"
              + " WhatsApp is not configured.")
  public Response receive(
      @HeaderParam(WhatsAppSignature.HEADER) String signature,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    if (!settings.isEnabled()) {
      return notConfigured();
    }
    byte[] bytes = headers.getLength() > MAX_BODY_BYTES ? null : readAtMost(body, MAX_BODY_BYTES);
    if (bytes == null) {
      return Problem.of(413, "Content Too Large", "A WhatsApp webhook body is at most 1 MB")
          .toResponse();
    }
    if (!settings.isSignedByMeta(bytes, signature)) {
      // Worth an operator's attention: a stranger calling, or an app secret that does not match.
      LOG.warning(
          () ->
              "WhatsApp webhook refused: "
                  + (signature == null ? "no " : "wrong ")
                  + WhatsAppSignature.HEADER
                  + " (request "
                  + RequestLogFilter.currentRequestId()
                  + ")");
      return Problem.of(
              401, "Invalid signature", WhatsAppSignature.HEADER + " is missing or does not match")
          .toResponse();
    }
    WhatsAppWebhookPayload payload;
    try {
      payload = WhatsAppWebhookPayload.parse(bytes);
    } catch (MalformedWebhookException e) {
      return Problem.of(400, "Malformed webhook", e.getMessage()).toResponse();
    }
    for (InboundMessage message : payload.messages()) {
      inbox.receive(message);
    }
    for (DeliveryUpdate update : payload.deliveryUpdates()) {
      outbox.recordDelivery(update);
    }
    return Response.ok("{}", MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** The body, or null when it is longer than {@code limit} (the rest is left unread). */
  private static byte[] readAtMost(InputStream body, int limit) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    byte[] bytes = body.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }

  private static Response notConfigured() {
    return Problem.of(404, "Channel not configured", "WhatsApp is not configured on this server")
        .toResponse();
  }
}
