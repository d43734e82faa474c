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
        ProblemResponses.write(
                response, StatusProblems.of(status, "its address or body is malformed (check its percent-encoding)"));
    }
}
