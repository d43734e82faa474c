package org.frontline.qualityaudit.audit;

import java.util.List;
import java.util.Optional;
import org.frontline.qualityaudit.dispute.Dispute;

/** Where audits and their samples are kept. */
public interface AuditRepository {

    Optional<Audit> find(long id);

    Optional<Audit> byName(String name);

    /** Every audit, newest first. */
    List<Audit> list();

    /** Stores a new audit and gives it its id at once. */
    Audit add(Audit audit);

    void addUnits(List<AuditUnit> units);

    /**
     * The audit's sampled contacts in contact order, each with its assigned analyst's current review of it against
     * the audit's scorecard version, if started; only the analyst's when given.
     */
    List<UnitReview> units(Audit audit, Optional<Long> analystId);

    /** Disputes of the audit's reviews: those its analysts' reviews of its contacts drew. */
    List<Dispute> disputes(Audit audit);

    /** The last audit completed before this one was created, on any version of the same scorecard. */
    Optional<Audit> previousComplete(Audit audit, String scorecardName);

    /** Writes pending changes now, so the version a caller is answered with is the stored one. */
    void flush();
}
