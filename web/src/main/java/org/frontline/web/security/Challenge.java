package org.frontline.web.security;

/** The WWW-Authenticate challenge for a 401: Basic and Bearer for API clients, none for the screens' own requests. */
final class Challenge {
    static final String HEADER = "WWW-Authenticate";
    static final String VALUE = "Basic realm=\"Frontline\", Bearer realm=\"Frontline\"";
    /** The screens send this header, so a browser does not pop up its own login dialog over theirs. */
    static final String SCREEN_HEADER = "X-Requested-With";

    private Challenge() {}

    static boolean wanted(String requestedWith) {
        return requestedWith == null || requestedWith.isBlank();
    }
}
