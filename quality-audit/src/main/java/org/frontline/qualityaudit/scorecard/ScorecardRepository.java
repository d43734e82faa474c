package org.frontline.qualityaudit.scorecard;

import java.util.List;
import java.util.Optional;

/** Where scorecard versions are kept. */
public interface ScorecardRepository {

    Optional<StoredScorecard> byId(long id);

    Optional<StoredScorecard> find(String name, int version);

    /** The highest version of the scorecard of this name. */
    Optional<StoredScorecard> latest(String name);

    /** The latest version of every scorecard, by name. */
    List<StoredScorecard> latestOfEach();

    StoredScorecard add(StoredScorecard scorecard);
}
