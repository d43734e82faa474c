package org.frontline.web.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of every error the container itself answers (an address it cannot decode, a path nothing serves, an
 * exception no mapper caught): a problem+json saying what the caller can do, instead of the container's page with
 * its message codes and stack.
 */
@WebServlet(urlPatterns = "/problem")
public class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : HttpServletResponse.SC_NOT_FOUND;
        response.resetBuffer();
        ProblemResponses.write(response, problem(status));
    }

    static Problem problem(int status) {
        return switch (status) {
            case 400 ->
                Problem.of(
                        400,
                        "Bad Request",
                        "malformed-request",
                        "The request could not be read: its address or body is malformed (check its percent-encoding)");
            case 404 -> Problem.of(404, "Not Found", "not-found", "There is nothing at this address");
            case 405 -> Problem.of(405, "Method Not Allowed", "http-405", "This address does not accept that method");
            case 413 -> Problem.of(413, "Content Too Large", "too-large", "The request body is too large");
            case 415 -> Problem.of(415, "Unsupported Media Type", "http-415", "Send the request body as JSON");
            default ->
                status < 500
                        ? Problem.of(status, "Client Error", "http-" + status, "The request was refused")
                        : Problem.of(
                                status,
                                "Server Error",
                                "server-error",
                                "Something went wrong on our side; the server log has the details. Try again later");
        };
    }
}
