package org.frontline.web.kb;

import java.time.Instant;
import org.frontline.kb.domain.usage.Vote;

/** A vote as recorded; {@code voter} is null for an anonymous one. */
public record VoteResponse(long articleId, boolean helpful, String voter, Instant votedAt) {

    static VoteResponse from(Vote vote) {
        return new VoteResponse(vote.articleId(), vote.helpful(), vote.voter().orElse(null), vote.votedAt());
    }
}
