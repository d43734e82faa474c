package org.frontline.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Where the login form posts: by the time a request gets here {@link FrontlineAuthentication} has logged the user in,
 * so this only sends the browser on to the screen it came for (a path inside the application, never another site).
 */
@WebServlet(FrontlineAuthentication.LOGIN_PATH)
public class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern LOCAL_PATH =
            Pattern.compile("(ui/)?[a-z-]+\\.html(\\?[a-z]+=[a-z0-9-]+(&[a-z]+=[a-z0-9-]+)*)?(#[a-z0-9-]*)?");
    private static final String HOME = "index.html";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + "/login.html");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/" + next(request.getParameter("next")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.html");
    }

    /** The screen to go to after login: the one asked for when it is one of ours, else the landing page. */
    static String next(String asked) {
        return asked != null && LOCAL_PATH.matcher(asked).matches() ? asked : HOME;
    }
}
