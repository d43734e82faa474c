package org.frontline.web.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words why a request body could not be read, from what the JSON parser or binder reported: the parser's own
 * "where it broke" is kept, while the binder's talk of Java classes and parser events becomes the property at fault
 * and what was expected.
 */
final class BodyReadMessage {
    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern ALLOWED = Pattern.compile("Received event: (\\w+)\\s*Allowed: \\[([^\\]]*)]");
    private static final Pattern INTERNALS = Pattern.compile("class |java\\.|jakarta\\.|org\\.|com\\.|Exception");
    private static final String PARSER_PREFIX = "Internal error: ";

    private BodyReadMessage() {}

    /** The reason for a person, never naming a class. */
    static String of(String reported) {
        String message = reported == null ? "" : reported.strip();
        if (message.startsWith(PARSER_PREFIX)) {
            message = message.substring(PARSER_PREFIX.length());
        }
        Matcher property = PROPERTY.matcher(message);
        boolean named = property.find();
        String where = named ? "'" + property.group(1) + "' " : "the body ";
        Matcher allowed = ALLOWED.matcher(message);
        if (allowed.find()) {
            return where + "should be " + expected(allowed.group(2)) + ", not " + found(allowed.group(1));
        }
        if (named) {
            return where + "has a value of the wrong type, or out of range";
        }
        if (message.isEmpty() || INTERNALS.matcher(message).find()) {
            return "it is not the JSON this address expects";
        }
        return message;
    }

    private static String expected(String allowed) {
        if (allowed.contains("START_OBJECT")) {
            return "a JSON object";
        }
        if (allowed.contains("START_ARRAY")) {
            return "a JSON array";
        }
        return "a single value (text, number or true/false)";
    }

    private static String found(String event) {
        return switch (event) {
            case "START_OBJECT" -> "an object";
            case "START_ARRAY" -> "an array";
            case "VALUE_STRING" -> "text";
            case "VALUE_NUMBER" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true/false";
            case "VALUE_NULL" -> "null";
            default -> "something else";
        };
    }
}
