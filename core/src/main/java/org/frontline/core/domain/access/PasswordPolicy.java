package org.frontline.core.domain.access;

import java.util.Locale;
import org.frontline.core.domain.shared.InvalidValueException;

/** What a password must be: long enough to resist guessing (length beats composition rules), and not the username. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Rejects {@code password} for {@code username}, naming {@code field} and the rule it breaks. */
    public static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(field, "must not contain the username");
        }
    }
}
