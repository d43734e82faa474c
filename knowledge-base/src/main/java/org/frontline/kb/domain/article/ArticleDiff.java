package org.frontline.kb.domain.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two revisions of an article: each field that differs with its old and new value, and the body
 * as a unified diff (three lines of context), as reviewers read changes.
 *
 * @param changes the fields that differ, body excluded
 * @param bodyDiff unified diff lines of the body; empty when the body did not change
 */
public record ArticleDiff(int from, int to, List<FieldChange> changes, List<String> bodyDiff) {

    /** One field's value before and after. */
    public record FieldChange(String field, String before, String after) {}

    public static ArticleDiff between(ArticleVersion older, ArticleVersion newer) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", older, newer, ArticleVersion::title);
        compare(changes, "summary", older, newer, ArticleVersion::summary);
        compare(changes, "tags", older, newer, v -> String.join(", ", v.tags()));
        compare(changes, "product", older, newer, ArticleVersion::product);
        compare(changes, "category", older, newer, ArticleVersion::category);
        compare(changes, "language", older, newer, v -> v.language().code());
        compare(changes, "audience", older, newer, v -> v.audience().name());
        compare(changes, "bodyFormat", older, newer, v -> v.bodyFormat().name());
        List<String> before = older.body().lines().toList();
        List<String> after = newer.body().lines().toList();
        Patch<String> patch = DiffUtils.diff(before, after);
        List<String> body = patch.getDeltas().isEmpty()
                ? List.of()
                : UnifiedDiffUtils.generateUnifiedDiff(
                        "revision " + older.revision(), "revision " + newer.revision(), before, patch, 3);
        return new ArticleDiff(older.revision(), newer.revision(), List.copyOf(changes), body);
    }

    private static void compare(
            List<FieldChange> changes,
            String field,
            ArticleVersion older,
            ArticleVersion newer,
            Function<ArticleVersion, String> value) {
        String before = value.apply(older);
        String after = value.apply(newer);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }
}
