package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;

import java.util.Set;

/**
 * "The Iraqi government said", "Iran's leadership said", "the Syrian authorities said": a government speaks for its
 * country. "X, whose government signed ...": the government of the country X is of, or of X when X is a country.
 */
final class CountryGovernments {
    private static final Set<String> GOVERNING = Set.of("government", "authority", "administration", "leadership", "regime");

    private CountryGovernments() {}

    /** The country a governing noun is qualified by, or null. */
    static EntityNode countryOf(ArticleView view, EntityRegistry registry, Sentences s, int token) {
        String lemma = s.lemma(token);
        // "authorities" is plural as a government; "governments" are several.
        if (!GOVERNING.contains(lemma) || s.tag(token).endsWith("S") && !lemma.equals("authority")) return null;
        EntityNode qualified = qualifiedBy(view, registry, s, token);
        if (qualified != null) return qualified;
        if (s.lemma(token).equals("government") && bare(s, token)) return lastNamedGovernment(view, registry, s, token);
        return null;
    }

    private static EntityNode qualifiedBy(ArticleView view, EntityRegistry registry, Sentences s, int token) {
        for (int c = 0; c < token; c++) {
            if (s.head(c) != token) continue;
            Mention cm = view.mentionAt(s.index, c);
            if (cm != null && cm.kind() == EntityKind.COUNTRY) return registry.entityOf(cm);
            if (s.lemma(c).equals("whose") && s.relation(c).equals("nmod:poss")) return ofAntecedent(view, registry, s, token);
        }
        for (int m : s.children(token, "nmod")) {
            Mention mm = s.hasCase(m, "of") ? view.mentionAt(s.index, m) : null;
            if (mm != null && mm.kind() == EntityKind.COUNTRY) return registry.entityOf(mm);
        }
        return null;
    }

    /** "the government" and nothing else: no owner, no adjective, no "of". */
    private static boolean bare(Sentences s, int token) {
        if (s.tag(token).endsWith("S") || s.children(token, "det").stream().noneMatch(d -> s.lemma(d).equals("the"))) return false;
        for (int c : s.children(token, null)) {
            String rel = s.relation(c);
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod") && c > token) return false;
        }
        return true;
    }

    /**
     * "The Malian government welcomed the truce ... a follow-up round between the government and the Front": "the
     * government" alone is the government the article last named with its country.
     */
    private static EntityNode lastNamedGovernment(ArticleView view, EntityRegistry registry, Sentences s, int token) {
        for (int i = s.index; i >= 0; i--) {
            Sentences before = view.sentences.get(i);
            for (int t = (i == s.index ? token : before.size()) - 1; t >= 0; t--) {
                if (!before.lemma(t).equals("government")) continue;
                EntityNode e = qualifiedBy(view, registry, before, t);
                if (e != null) return e;
            }
        }
        return null;
    }

    /** The country of the name a relative clause "whose government ..." hangs on. */
    private static EntityNode ofAntecedent(ArticleView view, EntityRegistry registry, Sentences s, int token) {
        int clause = s.head(token);
        if (clause < 0 || !s.relation(clause).equals("acl:relcl")) return null;
        Mention named = view.mentionAt(s.index, s.head(clause));
        if (named == null || named.demonym()) return null;
        EntityNode e = registry.entityOf(named);
        if (e.kind() == EntityKind.COUNTRY) return e;
        return e.kind() == EntityKind.PERSON ? e.country() : null;
    }
}
