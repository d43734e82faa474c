package org.frontline.core.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a case was resolved on the customer's first contact: resolved, with exactly one contact, and not reopened
 * within the window after its resolution. Undetermined (empty) while the case is open or the window still runs.
 */
public final class FirstContactResolution {
    private final Duration reopenWindow;

    public FirstContactResolution(Duration reopenWindow) {
        Objects.requireNonNull(reopenWindow, "reopenWindow");
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("reopen window must not be negative, got " + reopenWindow);
        }
        this.reopenWindow = reopenWindow;
    }

    /**
     * @param contacts how many contacts the case has had
     * @param reopenedWithinWindow whether any reopen came within the window after a resolution
     */
    public Optional<Boolean> of(Case supportCase, long contacts, boolean reopenedWithinWindow, Instant now) {
        if (reopenedWithinWindow || contacts > 1) {
            return Optional.of(false);
        }
        Optional<Instant> resolved = supportCase.resolvedAt();
        if (resolved.isEmpty() || now.isBefore(resolved.get().plus(reopenWindow))) {
            return Optional.empty();
        }
        return Optional.of(contacts == 1);
    }

    /**
     * Whether the case's resolution held: false when it was reopened within the window after a resolution, true once
     * the window after its resolution has passed without one, empty while it is unresolved or its window still runs.
     */
    public Optional<Boolean> resolutionHeld(Case supportCase, boolean reopenedWithinWindow, Instant now) {
        if (reopenedWithinWindow) {
            return Optional.of(false);
        }
        return supportCase
                .resolvedAt()
                .filter(resolved -> !now.isBefore(resolved.plus(reopenWindow)))
                .map(resolved -> true);
    }

    /** Whether the history shows a reopen less than the window after the resolution before it. */
    public boolean reopenedWithinWindow(Iterable<CaseTransition> history) {
        Instant lastResolved = null;
        for (CaseTransition t : history) {
            if (t.action() == CaseAction.RESOLVE) {
                lastResolved = t.occurredAt();
            } else if (t.action() == CaseAction.REOPEN
                    && lastResolved != null
                    && t.occurredAt().isBefore(lastResolved.plus(reopenWindow))) {
                return true;
            }
        }
        return false;
    }
}
