package org.frontline.core.domain.workforce;

import java.time.LocalDate;
import java.util.Optional;
import org.frontline.core.domain.agent.LeaveReason;

/**
 * When an agent worked here: hired on {@code hired}, and, if they left, their last day and why. {@code team} is their
 * team now (or when they left).
 */
public record Tenure(
        long agentId,
        String name,
        long teamId,
        String teamName,
        LocalDate hired,
        Optional<LocalDate> leftOn,
        Optional<LeaveReason> reason) {

    /** On the books at the start of {@code day}: hired before it, and not gone before it. */
    boolean employedAtStartOf(LocalDate day) {
        return hired.isBefore(day) && leftOn.map(last -> !last.isBefore(day)).orElse(true);
    }

    /** Hired on one of the days [from, to). */
    public boolean hiredWithin(LocalDate from, LocalDate to) {
        return !hired.isBefore(from) && hired.isBefore(to);
    }

    boolean leftWithin(LocalDate from, LocalDate to) {
        return leftOn.map(last -> !last.isBefore(from) && last.isBefore(to)).orElse(false);
    }
}
