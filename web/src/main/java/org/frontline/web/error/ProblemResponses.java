package org.frontline.web.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem+json answer straight to a servlet response, for refusals made before JAX-RS sees the request. */
public final class ProblemResponses {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
        response.flushBuffer();
    }
}
