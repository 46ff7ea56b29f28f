package org.actorgraph.eval;

import org.actorgraph.model.Entity;
import org.actorgraph.model.NamedMention;
import org.actorgraph.model.Span;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** How extracted things are matched to gold annotations: by overlapping character spans, or by name. */
final class Matching {
    private Matching() {}

    static boolean overlaps(Span a, int begin, int end) {
        return a.begin() < end && begin < a.end();
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
        return n.replaceFirst("^the ", "").replaceFirst("'s$", "");
    }

    /** True when the entity is named at a span overlapping [begin, end), or carries the gold text as a name or title. */
    static boolean refersTo(Entity e, List<NamedMention> mentions, int begin, int end, String goldText) {
        for (NamedMention m : mentions) if (m.entity() == e && overlaps(m.span(), begin, end)) return true;
        if (goldText == null) return false;
        String g = norm(goldText);
        if (g.isEmpty()) return false;
        if (norm(e.label()).equals(g)) return true;
        for (String a : e.altLabels()) if (norm(a).equals(g)) return true;
        for (String t : e.titles()) if (norm(t).equals(g) || g.endsWith(" " + norm(t))) return true;
        return false;
    }
}
