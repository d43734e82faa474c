package org.frontline.qualityaudit.dispute;

import java.util.List;
import java.util.Optional;

/** Where acknowledgements and disputes are kept. */
public interface DisputeRepository {

    Optional<Dispute> find(long id);

    Dispute add(Dispute dispute);

    Acknowledgement add(Acknowledgement acknowledgement);

    /** Whether the agent has already acknowledged or disputed this review. */
    boolean answered(long reviewId);

    /** Disputes in a state (all when none is given), oldest first. */
    List<Dispute> list(Optional<DisputeState> state);

    void flush();
}
