package org.frontline.web.audit;

import java.util.Optional;

/**
 * Who is making the change the current thread is writing, for the audit trail. Set per request by
 * {@link ActorFilter}; Envers' revision listener cannot be injected, so it reads this.
 */
public final class CurrentActor {
    private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();

    private CurrentActor() {}

    static void set(String actor) {
        ACTOR.set(actor);
    }

    static void clear() {
        ACTOR.remove();
    }

    public static Optional<String> get() {
        return Optional.ofNullable(ACTOR.get());
    }
}
