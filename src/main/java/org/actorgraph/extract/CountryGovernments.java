package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.Set;

/** "The Iraqi government said", "Iran's leadership said", "the Syrian authorities said": a government speaks for its country. */
final class CountryGovernments {
    private static final Set<String> GOVERNING = Set.of("government", "authority", "administration", "leadership", "regime");

    private CountryGovernments() {}

    /** The country a governing noun is qualified by, or null. */
    static EntityNode countryOf(ArticleView view, EntityRegistry registry, Sentences s, int token) {
        String lemma = s.lemma(token);
        // "authorities" is plural as a government; "governments" are several.
        if (!GOVERNING.contains(lemma) || s.tag(token).endsWith("S") && !lemma.equals("authority")) return null;
        for (int c = 0; c < token; c++) {
            if (s.head(c) != token) continue;
            Mention cm = view.mentionAt(s.index, c);
            if (cm != null && cm.kind() == EntityKind.COUNTRY) return registry.entityOf(cm);
        }
        return null;
    }
}
