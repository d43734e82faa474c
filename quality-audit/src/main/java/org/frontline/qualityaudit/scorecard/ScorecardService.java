package org.frontline.qualityaudit.scorecard;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.frontline.core.domain.shared.NotFoundException;

/** Defines scorecards, each change as the next version, and reads them back by name and version. */
public class ScorecardService {
    private static final String KIND = "scorecard";

    private final ScorecardRepository scorecards;
    private final Clock clock;

    public ScorecardService(ScorecardRepository scorecards, Clock clock) {
        this.scorecards = Objects.requireNonNull(scorecards, "scorecards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores the definition as the next version of its name (1 for a new name), whatever version it carried. */
    public StoredScorecard define(Scorecard draft) {
        int next = scorecards
                        .latest(draft.name().strip())
                        .map(StoredScorecard::versionNumber)
                        .orElse(0)
                + 1;
        Scorecard versioned = new Scorecard(draft.name().strip(), next, draft.passMark(), draft.sections());
        return scorecards.add(new StoredScorecard(versioned, clock.instant()));
    }

    public StoredScorecard latest(String name) {
        return scorecards.latest(name).orElseThrow(() -> new NotFoundException(KIND, name));
    }

    public StoredScorecard version(String name, int version) {
        return scorecards.find(name, version).orElseThrow(() -> new NotFoundException(KIND, name + " v" + version));
    }

    public StoredScorecard byId(long id) {
        return scorecards.byId(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public List<StoredScorecard> latestOfEach() {
        return scorecards.latestOfEach();
    }
}
