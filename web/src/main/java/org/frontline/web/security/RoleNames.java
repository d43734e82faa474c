package org.frontline.web.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontline.core.domain.access.Role;
import org.frontline.core.domain.shared.InvalidValueException;

/** Role names as requests send them ("agent", "QA_ANALYST"), read strictly: an unknown name is an error, not ignored. */
final class RoleNames {
    private RoleNames() {}

    static Set<Role> parse(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException(
                        "roles", "'" + name + "' is not a role; roles are " + Arrays.toString(Role.values()));
            }
        }
        return roles;
    }

    static List<String> names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).toList();
    }
}
