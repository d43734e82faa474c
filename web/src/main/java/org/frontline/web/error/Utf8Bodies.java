package org.frontline.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is not valid UTF-8 (JSON's only encoding) before it is read: the parser would otherwise put
 * replacement characters in place of the broken bytes and the request would go through with text nobody sent.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body;
        try {
            body = context.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw refused("The request body could not be read: " + e.getMessage());
        }
        CharSequence text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw refused("The request body is not valid UTF-8: send JSON encoded in UTF-8");
        }
        if (escapesNul(text)) {
            throw refused("The request body holds a NUL character (\\u0000), which no text may contain");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Whether the JSON text escapes a NUL ({@code \\u0000}): a backslash-u0000 after an even run of backslashes. */
    static boolean escapesNul(CharSequence json) {
        String text = json.toString();
        for (int at = text.indexOf("\\u0000"); at >= 0; at = text.indexOf("\\u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return true;
            }
        }
        return false;
    }

    private static WebApplicationException refused(String detail) {
        return new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST, "malformed-request", detail)
                .toResponse());
    }
}
