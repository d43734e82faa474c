package org.frontline.core.domain.access;

/** Turns a password into a salted, slow hash and checks a password against one; the platform supplies PBKDF2. */
public interface PasswordHasher {
    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
