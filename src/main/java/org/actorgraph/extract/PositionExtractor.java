package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds stated positions: a reporting verb from {@code reporting-verbs.tsv}, its speaker (see {@link Speakers}) and
 * what it says. A reporting verb inside another one's content ("emphasized that ..., noting that ...") adds to that
 * position rather than making one of its own.
 */
final class PositionExtractor {
    private static final Set<String> ADDRESSING = Set.of("tell", "urge", "call on", "call upon", "warn", "ask", "brief", "assure",
            "remind", "inform", "appeal to", "press");

    private record Cue(String lemma, Stance stance) {}

    private record Candidate(List<Position> positions, int cueToken, int from, int to) {}

    private final Map<String, Cue> cues = new HashMap<>();
    private final TopicTagger topics;
    private final StanceClassifier stances = new StanceClassifier();

    PositionExtractor(TopicTagger topics) {
        this.topics = topics;
        for (String[] row : WordLists.rows("reporting-verbs.tsv")) {
            String lemma = row[0].trim();
            String particle = row.length > 1 && !row[1].trim().equals("-") ? row[1].trim() : null;
            Stance stance = row.length > 2 ? Stance.valueOf(row[2].trim().toUpperCase(java.util.Locale.ROOT)) : Stance.NEUTRAL;
            String key = particle == null ? lemma : lemma + " " + particle;
            cues.put(key, new Cue(key, stance));
        }
    }

    List<Position> extract(ArticleContext ctx) {
        Speakers speakers = new Speakers(ctx);
        List<Position> out = new ArrayList<>();
        for (Sentences s : ctx.sentences) {
            List<Candidate> found = new ArrayList<>();
            for (int v = 0; v < s.size(); v++) {
                if (!s.isVerb(v)) continue;
                Candidate c = candidate(ctx, speakers, s, v);
                if (c != null) found.add(c);
            }
            for (Candidate c : found) {
                boolean nested = found.stream().anyMatch(o -> o != c && o.from() <= c.cueToken() && c.cueToken() <= o.to());
                if (!nested) out.addAll(c.positions());
            }
        }
        return out;
    }

    private Candidate candidate(ArticleContext ctx, Speakers speakers, Sentences s, int v) {
        String lemma = s.lemma(v);
        int last = v;
        Cue cue = null;
        if (v + 1 < s.size()) {
            cue = cues.get(lemma + " " + s.lemma(v + 1));
            if (cue != null) last = v + 1;
        }
        if (cue == null) cue = cues.get(lemma);
        if (cue == null) return null;
        String rel = s.relation(v);
        if (rel.equals("amod") || rel.equals("acl") && last == v) return null;
        // A cue whose speaker cannot be named makes no position, but what it reports ("the remarks indicate that
        // he described ...") is second-hand and is not made a position of its own either.
        List<Entity> who = speakers.of(s, v);
        List<Integer> content = content(s, v, last);
        if (content.isEmpty()) return null;
        int from = content.get(0);
        int to = content.get(content.size() - 1);
        Span sentence = s.span();
        Span span = new Span(s.charBegin(from), s.charEnd(to));
        // Coordinated speakers ("X and Y agreed") state the same position each.
        List<Position> positions = new ArrayList<>();
        for (Entity speaker : who) {
            Position p = new Position(speaker, cue.lemma(), span, sentence);
            describe(ctx, s, p, cue, v, last, content);
            positions.add(p);
        }
        return new Candidate(positions, v, from, to);
    }

    private void describe(ArticleContext ctx, Sentences s, Position p, Cue cue, int v, int last, List<Integer> content) {
        if (ADDRESSING.contains(cue.lemma()) || ADDRESSING.contains(s.lemma(v))) {
            for (int t = last + 1; t <= Math.min(s.size() - 1, last + 4); t++) {
                Mention m = ctx.mentionAt(s.index, t);
                if (m == null) continue;
                Entity a = ctx.actorOf(m);
                if (a != null && a != p.speaker) p.addressees.add(a);
                break;
            }
        }
        p.stance = stances.classify(cue.stance(), s, content);
        if (p.stance != Stance.NEUTRAL) {
            for (int t : content) {
                Mention m = ctx.mentionAt(s.index, t);
                if (m == null || m.demonym()) continue;
                Entity a = ctx.actorOf(m);
                if (a != null && a != p.speaker && a != p.speaker.country() && !p.addressees.contains(a)) {
                    p.targets.add(a);
                    break;
                }
            }
        }
        List<String> context = new ArrayList<>();
        Entity home = p.speaker.kind() == EntityKind.COUNTRY ? p.speaker : p.speaker.country();
        if (home != null) {
            context.add(home.label());
            context.addAll(home.altLabels());
        }
        p.topics.addAll(topics.topicsOf(p.content.of(ctx.text), context));
    }

    /**
     * The tokens of what is said: the verb's dependents after it, without its subject, the clauses coordinated with
     * it (they say something else) or material before the verb. A parenthetical "X said" reports its host clause.
     */
    private List<Integer> content(Sentences s, int v, int last) {
        Set<Integer> skip = new HashSet<>();
        for (int c : s.children(v, null)) {
            String rel = s.relation(c);
            if (rel.startsWith("nsubj") || rel.equals("aux") || rel.equals("punct") || rel.equals("cc")) skip.add(c);
            if (rel.equals("conj") && s.isVerb(c)) skip.add(c);
            if (c < v) skip.add(c);
        }
        List<Integer> toks = new ArrayList<>(s.subtree(v, skip));
        toks.removeIf(t -> t <= last);
        if (toks.isEmpty() && s.relation(v).equals("parataxis")) {
            int host = s.head(v);
            toks = new ArrayList<>(s.subtree(host, Set.of(v)));
            toks.removeIf(t -> s.relation(t).equals("punct") && (t == v - 1 || t == v + 1));
        }
        while (!toks.isEmpty() && (s.isPunct(toks.get(0)) || s.lemma(toks.get(0)).equals("that") && s.relation(toks.get(0)).equals("mark"))) toks.remove(0);
        while (!toks.isEmpty() && s.isPunct(toks.get(toks.size() - 1))) toks.remove(toks.size() - 1);
        if (toks.isEmpty()) return toks;
        // Keep the span contiguous: what lies between the first and last token belongs to the content.
        List<Integer> contiguous = new ArrayList<>();
        for (int t = toks.get(0); t <= toks.get(toks.size() - 1); t++) contiguous.add(t);
        return contiguous;
    }
}
