package org.omotenashi.concierge.web.api.conversation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.agent.AgentTurnService;
import org.omotenashi.concierge.messaging.Conversation;
import org.omotenashi.concierge.messaging.ConversationService;
import org.omotenashi.concierge.messaging.ConversationStatus;
import org.omotenashi.concierge.messaging.InvalidMessageException;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.messaging.OutboxService;
import org.omotenashi.concierge.staff.StaffRole;

/** Guest conversations for the staff who answer them. */
@Path("v1/conversations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Conversations")
@RolesAllowed({StaffRole.Names.ADMIN, StaffRole.Names.AGENT})
public class ConversationResource {
  private static final int LIST_LIMIT = 200;

  @Inject ConversationService conversations;
  @Inject OutboxService outbox;
  @Inject AgentTurnService turns;
  @Context SecurityContext security;

  /** Declared so that constraints stay on the component: see AuthResource. */
  public record ReplyBody(String text) {
    public ReplyBody(String text) {
      this.text = text;
    }
  }

  @GET
  @Operation(summary = "Conversations, newest activity first; ?status=BOT|WAITING_FOR_STAFF|STAFF|CLOSED")
  public List<ConversationView> list(@QueryParam("status") String status) {
    return conversations.list(status(status), LIST_LIMIT).stream().map(ConversationView::summary).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One conversation with its messages and their delivery")
  public ConversationView get(@PathParam("id") String id) {
    Conversation conversation = conversations.get(id);
    return ConversationView.of(conversation, conversations.messages(conversation), turns.turnsOf(id));
  }

  @POST
  @Path("{id}/takeover")
  @Operation(summary = "Answer the guest yourself: the agent stays silent until handback")
  public ConversationView takeOver(@PathParam("id") String id) {
    return ConversationView.summary(conversations.takeOver(id, staffMember()));
  }

  @POST
  @Path("{id}/handback")
  @Operation(summary = "Let the agent answer again")
  public ConversationView handBack(@PathParam("id") String id) {
    return ConversationView.summary(conversations.handBack(id));
  }

  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply to the guest on their channel (takes the conversation over)")
  public Response reply(@PathParam("id") String id, @NotNull ReplyBody body) {
    Message reply = conversations.reply(id, staffMember(), body.text());
    return Response.status(Response.Status.CREATED).entity(ConversationView.MessageView.of(reply)).build();
  }

  @POST
  @Path("{id}/messages/{messageId}/resend")
  @Operation(summary = "Send a failed reply again")
  public ConversationView.MessageView resend(@PathParam("id") String id, @PathParam("messageId") long messageId) {
    return ConversationView.MessageView.of(outbox.resend(id, messageId));
  }

  private String staffMember() {
    return security.getUserPrincipal().getName();
  }

  private static ConversationStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ConversationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidMessageException("status", "'" + value + "' is not one of "
          + List.of(ConversationStatus.values()));
    }
  }
}
