package org.omotenashi.concierge.web.api.template;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omotenashi.concierge.staff.StaffRole;
import org.omotenashi.concierge.template.Experiment;
import org.omotenashi.concierge.template.ExperimentService;
import org.omotenashi.concierge.template.InvalidTemplateEditException;
import org.omotenashi.concierge.template.experiment.ExperimentStatistics.VariantResult;
import org.omotenashi.concierge.template.experiment.VariantAssignment.WeightedVariant;

/**
 * A/B tests of a template's wording: start one with variants and weights, follow each variant's
 * delivered, replied and converted counts with a confidence interval and a significance test, stop
 * it with a winner, whose texts become the standard ones.
 */
@Path("v1/experiments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Message templates")
@RolesAllowed(StaffRole.Names.ADMIN)
public class ExperimentResource {
  @Inject ExperimentService experiments;
  @Context SecurityContext security;

  public record VariantBody(String variant, int weight) {}

  /** {@code conversionWindow} is an ISO-8601 duration (P7D); a variant named "" is the standard text. */
  public record StartBody(
      String name, String templateKey, List<VariantBody> variants, Instant startsAt, Instant endsAt,
      String conversionWindow) {}

  public record StopBody(String winner) {}

  public record VariantView(
      String variant, long sent, long delivered, long replied, long converted, double conversionRate,
      double conversionLow, double conversionHigh) {
    static VariantView of(VariantResult result) {
      return new VariantView(result.variant(), result.sent(), result.delivered(), result.replied(),
          result.converted(), result.conversionRate(), result.interval().low(), result.interval().high());
    }
  }

  public record ExperimentView(
      long id, String name, String templateKey, Experiment.Status status, Instant startsAt, Instant endsAt,
      String conversionWindow, String winner, List<VariantView> variants,
      List<ExperimentService.Comparison> comparisons) {
    static ExperimentView of(ExperimentService.Results results) {
      Experiment e = results.experiment();
      return new ExperimentView(e.getId(), e.getName(), e.getTemplateKey(), e.getStatus(), e.getStartsAt(),
          e.getEndsAt(), e.getConversionWindow().toString(), e.getWinner(),
          results.variants().stream().map(VariantView::of).toList(), results.comparisons());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start an experiment on a template key; 409 when one runs on it already")
  public Response start(@NotNull StartBody body) {
    if (body.name() == null || body.name().isBlank() || body.variants() == null) {
      throw new InvalidTemplateEditException("name and variants are required");
    }
    Duration window;
    try {
      window = body.conversionWindow() == null ? Duration.ofDays(7) : Duration.parse(body.conversionWindow());
    } catch (RuntimeException e) {
      throw new InvalidTemplateEditException("conversionWindow must be an ISO-8601 duration like P7D");
    }
    Experiment started = experiments.start(
        body.name().strip(), body.templateKey(),
        body.variants().stream()
            .map(v -> new WeightedVariant(v.variant() == null ? "" : v.variant(), v.weight())).toList(),
        body.startsAt(), body.endsAt(), window, security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED)
        .entity(ExperimentView.of(experiments.results(started.getId()))).build();
  }

  @GET
  @Operation(summary = "Every experiment, newest first, with its results")
  public List<ExperimentView> list() {
    return experiments.list().stream().map(e -> ExperimentView.of(experiments.results(e.getId()))).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An experiment's results per variant, with 95% intervals and z-tests against the first")
  public ExperimentView get(@PathParam("id") long id) {
    return ExperimentView.of(experiments.results(id));
  }

  @POST
  @Path("{id}/stop")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stop: the winner (named, or the best conversion rate) becomes the active text")
  public ExperimentView stop(@PathParam("id") long id, StopBody body) {
    experiments.stop(id, body == null ? null : body.winner(), security.getUserPrincipal().getName());
    return ExperimentView.of(experiments.results(id));
  }
}
