package org.frontline.kb.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agent's query taken apart: the words and "quoted phrases" wanted, and the -words excluded. Operator characters
 * are dropped from the words, so the lenient parts of a search (any-word matching, typo tolerance) never see syntax.
 */
record QueryText(String raw, List<String> words, List<String> phrases, List<String> excluded) {
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(\\S+)");
    private static final Pattern OPERATORS = Pattern.compile("[+|*()~\"\\\\]");

    static QueryText parse(String raw) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher m = TOKEN.matcher(raw);
        while (m.find()) {
            if (m.group(2) != null) {
                String phrase = clean(m.group(2));
                if (!phrase.isEmpty()) {
                    (m.group(1).isEmpty() ? phrases : excluded).add(phrase);
                }
            } else {
                String token = m.group(3);
                boolean exclude = token.startsWith("-") && token.length() > 1;
                String word = clean(exclude ? token.substring(1) : token);
                if (!word.isEmpty()) {
                    (exclude ? excluded : words).add(word);
                }
            }
        }
        return new QueryText(raw, List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
    }

    private static String clean(String text) {
        return OPERATORS.matcher(text).replaceAll(" ").strip().replaceAll("\\s+", " ");
    }

    boolean isBlank() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Plain words only: no phrases, no exclusions, at most three words: where typos are forgiven. */
    boolean isShortAndPlain() {
        return phrases.isEmpty() && excluded.isEmpty() && !words.isEmpty() && words.size() <= 3;
    }

    /**
     * What every-word matching must find: the words but stop words, the phrases and the exclusions. A stop word of a
     * field's language leaves no clause in that field but still one in the others (and in the tags), so requiring it
     * would miss every article; all-stop-word queries keep their words.
     */
    String required(Predicate<String> isStopWord) {
        List<String> content = words.stream().filter(w -> !isStopWord.test(w)).toList();
        if (content.isEmpty() && phrases.isEmpty()) {
            return raw;
        }
        List<String> parts = new ArrayList<>(content);
        phrases.forEach(p -> parts.add('"' + p + '"'));
        excluded.forEach(e -> parts.add(e.contains(" ") ? "-\"" + e + '"' : "-" + e));
        return String.join(" ", parts);
    }

    /** Everything wanted, as plain words. */
    String wanted() {
        List<String> all = new ArrayList<>(words);
        all.addAll(phrases);
        return String.join(" ", all);
    }

    /** A word as the spelling field holds it: lower case, accents folded. */
    static String folded(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
