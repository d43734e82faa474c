package org.frontline.web.error;

import jakarta.ws.rs.core.Response;

/** The problem for an HTTP status that the runtime or the container answers itself, in the same words wherever. */
final class StatusProblems {

    private StatusProblems() {}

    /** @param unreadable why the request could not be read, for a 400 */
    static Problem of(int status, String unreadable) {
        return switch (status) {
            case 400 ->
                Problem.of(
                        Response.Status.BAD_REQUEST,
                        "malformed-request",
                        "The request could not be read: " + unreadable);
            case 404 -> Problem.of(Response.Status.NOT_FOUND, "not-found", "There is nothing at this address");
            case 405 ->
                Problem.of(
                        Response.Status.METHOD_NOT_ALLOWED,
                        "http-405",
                        "This address does not accept that HTTP method");
            case 406 ->
                Problem.of(
                        Response.Status.NOT_ACCEPTABLE,
                        "http-406",
                        "This address cannot answer in the media type you asked for");
            case 413 ->
                Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too-large", "The request body is too large");
            case 415 ->
                Problem.of(
                        Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "http-415",
                        "Send the request body as application/json");
            default ->
                status >= 500
                        ? Problem.of(
                                status,
                                "Server Error",
                                "server-error",
                                "Something went wrong on our side; the server log has the details. Try again later")
                        : Problem.of(status, reason(status), "http-" + status, reason(status));
        };
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Client Error" : known.getReasonPhrase();
    }
}
