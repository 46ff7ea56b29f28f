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
                Candidate c = accordingTo(ctx, speakers, s, v);
                if (c == null && s.isVerb(v)) c = candidate(ctx, speakers, s, v);
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
        List<Speaker> who = speakers.of(s, v);
        List<Integer> content = content(s, v, last);
        if (content.isEmpty()) return null;
        int from = content.get(0);
        int to = content.get(content.size() - 1);
        Span sentence = s.span();
        Span span = new Span(s.charBegin(from), s.charEnd(to));
        // Coordinated speakers ("X and Y agreed") state the same position each.
        List<Position> positions = new ArrayList<>();
        Span cueSpan = new Span(s.charBegin(v), s.charEnd(last));
        for (Speaker speaker : who) {
            Position p = new Position(speaker.entity(), cue.lemma(), cueSpan, span, sentence, speaker.confidence());
            describe(ctx, s, p, cue, v, last, content);
            positions.add(p);
        }
        return new Candidate(positions, v, from, to);
    }

    /** "According to X, ..." and "..., according to X": X states the clause the phrase hangs on. */
    private Candidate accordingTo(ArticleContext ctx, Speakers speakers, Sentences s, int t) {
        if (!s.lemma(t).equals("accord") && !s.word(t).equalsIgnoreCase("according")) return null;
        if (t + 1 >= s.size() || !s.lemma(t + 1).equals("to")) return null;
        int source = s.head(t);
        int clause = source < 0 ? -1 : s.head(source);
        if (clause < 0) return null;
        Speaker speaker = speakers.resolve(s, source);
        if (speaker == null) return null;
        List<Integer> phrase = s.subtree(source, Set.of());
        int phraseFrom = Math.min(t, phrase.get(0));
        int phraseTo = phrase.get(phrase.size() - 1);
        List<Integer> toks = s.subtree(clause, Set.of(source));
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int k : toks) if (k < phraseFrom) before.add(k); else if (k > phraseTo) after.add(k);
        List<Integer> content = trim(s, after.size() >= before.size() ? after : before);
        if (content.isEmpty()) return null;
        Cue cue = cues.getOrDefault("according to", new Cue("according to", Stance.NEUTRAL));
        Position p = new Position(speaker.entity(), cue.lemma(), new Span(s.charBegin(t), s.charEnd(t + 1)),
                new Span(s.charBegin(content.get(0)), s.charEnd(content.get(content.size() - 1))), s.span(), speaker.confidence());
        describe(ctx, s, p, cue, t, t + 1, content);
        return new Candidate(List.of(p), t, content.get(0), content.get(content.size() - 1));
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
            // "It was announced by NATO that ...": the agent is the speaker, not part of what was said.
            if (rel.startsWith("obl") && !s.children(v, "aux:pass").isEmpty() && hasCase(s, c, "by")) skip.add(c);
            if (c < v) skip.add(c);
        }
        // A quotation before the verb is what was said: "We will not accept it," Lavrov said on Tuesday.
        for (int c : s.children(v, "ccomp")) if (c < v) return trim(s, s.subtree(c, Set.of()));
        boolean saysNothingItself = s.children(v, "ccomp").isEmpty() && s.children(v, "obj").isEmpty() && s.children(v, "xcomp").isEmpty();
        if (s.relation(v).equals("parataxis") && saysNothingItself) {
            // "The exchange, Lavrov said, has occurred ..." and "'...,' Stoltenberg said on Tuesday": the host clause.
            int host = s.head(v);
            List<Integer> toks = new ArrayList<>(s.subtree(host, Set.of(v)));
            toks.removeIf(t -> s.relation(t).equals("punct") && (t == v - 1 || t == v + 1));
            return trim(s, toks);
        }
        List<Integer> toks = new ArrayList<>(s.subtree(v, skip));
        toks.removeIf(t -> t <= last);
        return trim(s, toks);
    }

    private static boolean hasCase(Sentences s, int token, String word) {
        for (int c : s.children(token, "case")) if (s.lemma(c).equals(word)) return true;
        return false;
    }

    /** Drops punctuation and a "that" at the edges, and fills the gaps: the content is one span of text. */
    private static List<Integer> trim(Sentences s, List<Integer> tokens) {
        List<Integer> toks = new ArrayList<>(tokens);
        while (!toks.isEmpty() && (s.isPunct(toks.get(0)) || s.lemma(toks.get(0)).equals("that") && s.relation(toks.get(0)).equals("mark"))) toks.remove(0);
        while (!toks.isEmpty() && s.isPunct(toks.get(toks.size() - 1))) toks.remove(toks.size() - 1);
        if (toks.isEmpty()) return toks;
        List<Integer> contiguous = new ArrayList<>();
        for (int t = toks.get(0); t <= toks.get(toks.size() - 1); t++) contiguous.add(t);
        return contiguous;
    }
}
