package org.frontline.web.quality;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.frontline.qualityaudit.ledger.Ledger;

/** The QA hash chain over REST: verify it end to end. */
@Path("/quality/ledger")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
public class LedgerResource {

    @Inject
    Ledger ledger;

    @GET
    @Path("verification")
    @Operation(
            summary = "Verify the hash chain of submitted reviews, dispute outcomes and completed audits",
            description = "Every entry's hash is recomputed and its link to the entry before checked; each review and"
                    + " dispute recorded is compared with the record as it stands. Names the first broken link.")
    public LedgerResponse verify() {
        return LedgerResponse.from(ledger.verify());
    }
}
