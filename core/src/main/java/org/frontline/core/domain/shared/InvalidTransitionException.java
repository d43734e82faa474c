package org.frontline.core.domain.shared;

/** Signals an action the current state does not allow, saying which state and what the rule is. */
public class InvalidTransitionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(String kind, Object id, Object state, String action, String rule) {
        super(kind + " " + id + " is " + state + ": cannot " + action + " it; " + rule);
    }
}
