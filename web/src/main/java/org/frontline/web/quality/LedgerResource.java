package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;
import org.frontline.qualityaudit.ledger.Ledger;
import org.frontline.qualityaudit.ledger.LedgerKind;
import org.frontline.web.platform.RequestParameters;
import org.frontline.web.security.Allowed;

/** The QA hash chain over REST: verify it (whole, or from a position), and read a record's entry. */
@Path("/quality/ledger")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
@Allowed(Role.QA_ANALYST)
public class LedgerResource {

    @Inject
    Ledger ledger;

    @GET
    @Path("verification")
    @Operation(
            summary = "Verify the hash chain of submitted reviews, dispute outcomes and completed audits",
            description = "Every entry's hash is recomputed and its link to the entry before checked; each review and"
                    + " dispute recorded is compared with the record as it stands. Names the first broken link. With"
                    + " from, starts at that position, anchored on the entry before it.")
    public LedgerResponse verify(
            @Parameter(description = "the first position to check, 1 by default") @QueryParam("from") String from) {
        return LedgerResponse.from(
                ledger.verifyFrom(RequestParameters.id("from", from).orElse(1L)));
    }

    @GET
    @Path("entries/{kind}/{recordId: [0-9]+}")
    @Operation(summary = "The entry that recorded a review, dispute or audit (kind REVIEW, DISPUTE or AUDIT)")
    public LedgerEntryResponse entry(@PathParam("kind") String kind, @PathParam("recordId") long recordId) {
        LedgerKind type = RequestParameters.enumeration("kind", kind, LedgerKind.class)
                .orElseThrow(() -> new InvalidValueException("kind", "name the kind: REVIEW, DISPUTE or AUDIT"));
        return LedgerEntryResponse.from(ledger.entryAbout(type, recordId));
    }
}
