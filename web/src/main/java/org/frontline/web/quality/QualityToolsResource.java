package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.sampling.Confidence;
import org.frontline.qualityaudit.sampling.Proportion;
import org.frontline.qualityaudit.sampling.SampleSize;
import org.frontline.qualityaudit.sampling.StratifiedSample;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** QA's calculators over REST: how many contacts to sample, how to share them among strata, how sure a rate is. */
@Path("/quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality", description = "Sampling, scorecards and the statistics QA staff defend their numbers with")
@Allowed({Role.TEAM_LEAD, Role.QA_ANALYST})
public class QualityToolsResource {

    @POST
    @Path("sample-size")
    @Operation(
            summary = "How many contacts to review for a margin of error on the compliance rate (Cochran, with the"
                    + " finite population correction when the population is given)")
    public SampleSizeResponse sampleSize(@NotNull @Valid SampleSizeRequest request) {
        Confidence confidence = new Confidence(request.confidenceOrDefault());
        SampleSize size = SampleSize.forProportion(
                request.marginOfError(), confidence, request.expectedOrDefault(), request.populationIfKnown());
        return new SampleSizeResponse(
                size.corrected(),
                size.unlimited(),
                size.z(),
                request.marginOfError(),
                confidence.level(),
                request.expectedOrDefault(),
                request.population());
    }

    @POST
    @Path("allocation")
    @Operation(
            summary = "Share a stratified sample among strata (agents, teams, channels): proportional, equal or"
                    + " Neyman, with a minimum per stratum; each stratum's inclusion probability")
    public List<AllocationResponse> allocation(@NotNull @Valid AllocationRequest request) {
        return StratifiedSample.allocate(
                        request.sampleSize(), request.toStrata(), request.allocationOrDefault(), request.minimum())
                .stream()
                .map(AllocationResponse::from)
                .toList();
    }

    @GET
    @Path("proportion")
    @Operation(summary = "An observed rate with its Wilson score interval: 2 of 2 is 100%, but only 34–100% sure")
    public ProportionResponse proportion(
            @Parameter(description = "e.g. compliant reviews") @QueryParam("successes") String successes,
            @Parameter(description = "e.g. reviews") @QueryParam("trials") String trials,
            @Parameter(description = "0.95 by default") @QueryParam("confidence") String confidence) {
        long hits = required("successes", RequestParameters.integer("successes", successes));
        long total = required("trials", RequestParameters.integer("trials", trials));
        Confidence level = new Confidence(
                RequestParameters.decimal("confidence", confidence).orElse(0.95));
        Proportion p = Proportion.wilson(hits, total, level);
        return new ProportionResponse(p.successes(), p.trials(), p.estimate(), p.lower(), p.upper(), level.level());
    }

    private static long required(String field, Optional<Integer> value) {
        return value.orElseThrow(() -> new InvalidValueException(field, "is required"));
    }
}
