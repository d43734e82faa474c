package org.frontline.core.domain.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user does in the centre. Higher roles include the ones below them on their ladder (a supervisor may do what a
 * team lead and an agent may); QA analysts stand beside that ladder; an administrator may do everything.
 */
public enum Role {
    AGENT,
    QA_ANALYST,
    TEAM_LEAD,
    SUPERVISOR,
    ADMIN;

    /** This role and every role it includes. */
    public Set<Role> granted() {
        return switch (this) {
            case AGENT -> EnumSet.of(AGENT);
            case QA_ANALYST -> EnumSet.of(QA_ANALYST);
            case TEAM_LEAD -> EnumSet.of(TEAM_LEAD, AGENT);
            case SUPERVISOR -> EnumSet.of(SUPERVISOR, TEAM_LEAD, AGENT);
            case ADMIN -> EnumSet.allOf(Role.class);
        };
    }

    /** Every role that {@code roles} grant together. */
    public static Set<Role> granted(Set<Role> roles) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        roles.forEach(role -> all.addAll(role.granted()));
        return all;
    }
}
