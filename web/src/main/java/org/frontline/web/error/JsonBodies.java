package org.frontline.web.error;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a JSON body before it is bound, and refuses it (400) unless it is valid UTF-8 (JSON's only encoding; the
 * binder would put replacement characters in place of broken bytes and the request would go through with text nobody
 * sent), well-formed to its end (the binder stops after the first value and ignores what trails it), nested at most
 * {@value #MAX_DEPTH} levels deep, free of NUL characters (which PostgreSQL cannot store), and without numbers
 * beyond the largest long (the parser wraps them: 1e999 would be bound as 0).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {
    static final int MAX_DEPTH = 32;
    /** The largest magnitude of a number in a body: the largest long, which the binder would otherwise wrap. */
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

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
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("The request body is not valid UTF-8: send JSON encoded in UTF-8");
        }
        if (!text.isBlank()) {
            Optional<String> malformed = malformation(text);
            if (malformed.isPresent()) {
                throw refused(malformed.get());
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Reads the whole text as JSON: what is wrong with it (broken syntax, anything after the value, deep nesting, a
     * number too large, a NUL in a name or text).
     */
    static Optional<String> malformation(String json) {
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        return Optional.of("The request body is nested more than " + MAX_DEPTH + " levels deep");
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                } else if ((event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.KEY_NAME)
                        && parser.getString().indexOf('\0') >= 0) {
                    return Optional.of("The request body holds a NUL character (\\u0000), which no text may contain");
                } else if (event == JsonParser.Event.VALUE_NUMBER
                        && parser.getBigDecimal().abs().compareTo(LARGEST) > 0) {
                    return Optional.of("The request body holds a number beyond " + LARGEST + " in size, which no"
                            + " field takes (the binder would silently wrap it)");
                }
            }
            return Optional.empty();
        } catch (JsonException e) {
            return Optional.of("The request body could not be read: " + BodyReadMessage.of(e.getMessage()));
        }
    }

    private static WebApplicationException refused(String detail) {
        return new WebApplicationException(Problem.of(Response.Status.BAD_REQUEST, "malformed-request", detail)
                .toResponse());
    }
}
