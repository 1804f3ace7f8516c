package org.omotenashi.concierge.web.api.template;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.messaging.twilio.SmsSegments;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.template.Template;
import org.omotenashi.concierge.template.TemplateDiff;
import org.omotenashi.concierge.template.TemplateService;
import org.omotenashi.concierge.template.TemplateVersion;

/**
 * Message templates for administrators: every text a guest reads, by key and language (and A/B
 * variant, {@code ?variant=B}); editing adds a version, rollback makes an earlier text active again
 * (as a new version), and two versions can be compared.
 */
@Path("v1/templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Message templates")
@RolesAllowed(StaffRole.Names.ADMIN)
public class TemplateResource {
  @Inject TemplateService templates;
  @Context SecurityContext security;

  /** Canonical constructors declared so that constraints stay on the components: see AuthResource. */
  public record EditBody(String text, String reason) {
    public EditBody(String text, String reason) {
      this.text = text;
      this.reason = reason;
    }
  }

  public record RollbackBody(int version) {
    public RollbackBody(int version) {
      this.version = version;
    }
  }

  public record Summary(String key, String language, String variant, int activeVersion, String text) {
    static Summary of(Template template) {
      return new Summary(template.getKey(), template.getLanguage(), template.getVariant(),
          template.getActiveVersion(), template.getActive().getBody());
    }
  }

  public record VersionView(
      int version, String text, String author, String reason, Instant createdAt, long uses, boolean active) {}

  /** A template with its history, and what its active text costs: length, SMS segments. */
  public record Detail(
      String key, String language, String variant, int activeVersion, String preview, int previewLength,
      int smsSegments, List<VersionView> versions) {}

  public record DiffView(int from, int to, List<TemplateDiff.DiffLine> lines, String unified) {}

  @GET
  @Operation(summary = "Every template: key, language, variant and its active text")
  public List<Summary> list() {
    return templates.list().stream().map(Summary::of).toList();
  }

  @GET
  @Path("{key}/{language}")
  @Operation(summary = "A template with all its versions (newest last) and a preview of the active one")
  public Detail get(
      @PathParam("key") String key, @PathParam("language") String language,
      @QueryParam("variant") @DefaultValue("") String variant) {
    return detail(templates.get(key, language, variant));
  }

  @PUT
  @Path("{key}/{language}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A new text: a new version, active at once on every server; 422 when invalid")
  public Detail edit(
      @PathParam("key") String key, @PathParam("language") String language,
      @QueryParam("variant") @DefaultValue("") String variant, @NotNull EditBody body) {
    return detail(templates.edit(key, language, variant, body.text(), staffMember(), body.reason()));
  }

  @POST
  @Path("{key}/{language}/rollback")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make an earlier version's text active again (recorded as a new version)")
  public Detail rollBack(
      @PathParam("key") String key, @PathParam("language") String language,
      @QueryParam("variant") @DefaultValue("") String variant, @NotNull RollbackBody body) {
    return detail(templates.rollBack(key, language, variant, body.version(), staffMember()));
  }

  @GET
  @Path("{key}/{language}/diff")
  @Operation(summary = "What changed between two versions, line by line and as a unified diff")
  public DiffView diff(
      @PathParam("key") String key, @PathParam("language") String language,
      @QueryParam("variant") @DefaultValue("") String variant,
      @QueryParam("from") int from, @QueryParam("to") int to) {
    Template template = templates.get(key, language, variant);
    String older = template.getVersion(from).getBody();
    String newer = template.getVersion(to).getBody();
    return new DiffView(from, to, TemplateDiff.diff(older, newer),
        TemplateDiff.unified(older, newer, "version " + from, "version " + to));
  }

  private Detail detail(Template template) {
    String preview = templates.preview(template.getKey(), template.getActive().getBody(), template.getLanguage());
    return new Detail(
        template.getKey(), template.getLanguage(), template.getVariant(), template.getActiveVersion(),
        preview, preview.length(), SmsSegments.count(preview),
        template.getVersions().stream().map(v -> view(v, template.getActiveVersion())).toList());
  }

  private static VersionView view(TemplateVersion version, int active) {
    return new VersionView(version.getVersion(), version.getBody(), version.getAuthor(), version.getReason(),
        version.getCreatedAt(), version.getUses(), version.getVersion() == active);
  }

  private String staffMember() {
    return security.getUserPrincipal().getName();
  }
}
