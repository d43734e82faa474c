package org.frontline.core.domain.shared;

/** Told how far a long piece of work has got, so whoever waits for it can show a progress bar. */
@FunctionalInterface
public interface Progress {
    /** Progress nobody watches. */
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} steps are done. */
    void reached(int done, int total);
}
