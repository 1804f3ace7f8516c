package org.omotenashi.concierge.web.api.webchat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.messaging.InvalidMessageException;
import org.omotenashi.concierge.messaging.Message;
import org.omotenashi.concierge.messaging.WebChatService;

/**
 * The guest web chat (shared/API.md): a message in, the answer out, in one request; and the
 * conversation's history for a page that was reloaded. No sign-in: the conversation id is the key.
 */
@Path("v1/webchat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guest web chat")
public class WebChatResource {
  static final int MAX_TEXT = 2000;

  @Inject WebChatService webChat;

  /** Canonical constructors declared so that constraints stay on the components: see AuthResource. */
  public record GuestMessage(
      @Size(max = 40) String conversationId,
      @NotBlank @Size(max = WebChatService.MAX_GUEST_ID) @Pattern(regexp = "[A-Za-z0-9_-]+") String guestId,
      @NotBlank @Size(max = MAX_TEXT) String text,
      @Size(max = 35) String language) {
    public GuestMessage(String conversationId, String guestId, String text, String language) {
      this.conversationId = conversationId;
      this.guestId = guestId;
      this.text = text;
      this.language = language;
    }
  }

  public record Reply(String text, String language) {}

  public record Answer(String conversationId, List<Reply> replies) {}

  public record HistoryLine(long id, Message.Direction direction, Message.Author author, String text, Instant sentAt) {}

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A guest's message; the answer comes back in the same request")
  public Answer send(@NotNull @Valid GuestMessage message) {
    WebChatService.Exchange exchange =
        webChat.send(message.conversationId(), message.guestId(), message.text().strip(), message.language());
    return new Answer(
        exchange.conversationId(),
        exchange.replies().stream().map(reply -> new Reply(reply.getText(), reply.getLanguage())).toList());
  }

  @GET
  @Path("conversations/{id}")
  @Operation(summary = "The guest's conversation so far (the guest id must match)")
  public List<HistoryLine> history(@PathParam("id") String id, @QueryParam("guestId") String guestId) {
    if (guestId == null || guestId.isBlank()) {
      throw new InvalidMessageException("guestId", "is required");
    }
    return webChat.history(id, guestId).stream()
        .map(m -> new HistoryLine(m.getId(), m.getDirection(), m.getAuthor(), m.getText(), m.getCreatedAt()))
        .toList();
  }
}
