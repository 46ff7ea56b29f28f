package org.actorgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds stated positions: a reporting verb from {@code reporting-verbs.tsv}, its speaker (see {@link Speakers}) and
 * what it says. A reporting verb inside another one's content ("emphasized that ..., noting that ...") adds to that
 * position rather than making one of its own.
 */
final class PositionExtractor {
    private static final Set<String> ADDRESSING = WordLists.words("addressing-cues.txt");
    private static final Set<String> LOCATIVE = WordLists.words("locative-prepositions.txt");
    private static final Set<String> REPRESENTING = WordLists.words("representing-nouns.txt");

    private record Cue(String lemma, Stance stance) {}

    /**
     * What one cue gives: its positions, where the cue and what it reports stand, and, for a cue that ends its
     * sentence with a colon ("X said:"), the speakers of the statement that follows.
     */
    private record Candidate(List<Position> positions, int cueToken, int from, int to, List<Speaker> opens, Cue cue, Span cueSpan) {
        Candidate(List<Position> positions, int cueToken, int from, int to) {
            this(positions, cueToken, from, to, List.of(), null, null);
        }
    }

    /** A stance read from approving or disapproving words in the content is less sure than one the cue states. */
    private static final double STANCE_FROM_WORDS = 0.85;

    /** How far the statement after "X said:" may run, in sentences, when nothing ends it before. */
    private static final int STATEMENT_SENTENCES = 8;
    /** A sentence of a statement or quotation is the speaker's, but said without a cue of its own. */
    private static final double VOICED = 0.9;

    private final Map<String, Cue> cues = new HashMap<>();
    private final Map<String, Cue> feelings = new HashMap<>();
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
        for (String[] row : WordLists.rows("stance-adjectives.tsv")) {
            String word = row[0].trim().toLowerCase(java.util.Locale.ROOT);
            feelings.put(word, new Cue(word, Stance.valueOf(row[1].trim().toUpperCase(java.util.Locale.ROOT))));
        }
    }

    /**
     * Reads the article twice when it has statements: first to find who speaks each quotation and each "X said:"
     * statement, then again with "I" and "we" there resolved to that speaker. A sentence of a statement that has no
     * cue of its own is still a position of its speaker.
     */
    List<Position> extract(ArticleContext ctx) {
        List<List<Candidate>> found = find(ctx);
        findVoices(ctx, found);
        if (ctx.voices().isEmpty()) return positions(found);
        found = find(ctx);
        List<Position> out = new ArrayList<>();
        for (Sentences s : ctx.sentences) {
            List<Position> own = positions(List.of(found.get(s.index)));
            out.addAll(own);
            if (own.isEmpty()) voiced(ctx, s).ifPresent(out::add);
        }
        return out;
    }

    private List<List<Candidate>> find(ArticleContext ctx) {
        Speakers speakers = new Speakers(ctx);
        List<List<Candidate>> all = new ArrayList<>();
        for (Sentences s : ctx.sentences) {
            List<Candidate> found = new ArrayList<>();
            for (int v = 0; v < s.size(); v++) {
                Candidate c = accordingTo(ctx, speakers, s, v);
                if (c == null && s.isVerb(v)) c = candidate(ctx, speakers, s, v);
                if (c == null) c = feeling(ctx, speakers, s, v);
                if (c != null) found.add(c);
            }
            all.add(found);
        }
        return all;
    }

    private static List<Position> positions(List<List<Candidate>> bySentence) {
        List<Position> out = new ArrayList<>();
        for (List<Candidate> found : bySentence) {
            for (Candidate c : found) {
                boolean nested = found.stream().anyMatch(o -> o != c && o.from() <= c.cueToken() && c.cueToken() <= o.to());
                if (!nested) out.addAll(c.positions());
            }
        }
        return out;
    }

    /**
     * A quotation is voiced by the speaker of a position whose content reaches into it; the sentences after
     * "X said:" by X, up to a heading, a sentence that names another speaker, or the end of a quotation opened
     * right after the colon.
     */
    private void findVoices(ArticleContext ctx, List<List<Candidate>> found) {
        List<Quotations.Quote> all = Quotations.in(ctx.text);
        List<Span> quotes = all.stream().map(Quotations.Quote::span).toList();
        ArticleContext.Voice[] byQuote = new ArticleContext.Voice[all.size()];
        for (List<Candidate> inSentence : found) {
            for (Candidate c : inSentence) {
                for (Position p : c.positions()) {
                    for (int i = 0; i < all.size(); i++) {
                        Span q = all.get(i).span();
                        if (byQuote[i] == null && q.begin() < p.content.end() && p.content.begin() < q.end()) {
                            byQuote[i] = new ArticleContext.Voice(q.begin(), q.end(), new Speaker(p.speaker, p.confidence), p.cue, p.cueSpan);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            // A quotation going on from the paragraph before is the same speaker's, whoever it then reports.
            if (i > 0 && all.get(i).continues() && byQuote[i - 1] != null) {
                ArticleContext.Voice v = byQuote[i - 1];
                Span q = all.get(i).span();
                byQuote[i] = new ArticleContext.Voice(q.begin(), q.end(), v.speaker(), v.cue(), v.cueSpan());
            }
            if (byQuote[i] != null) ctx.addVoice(byQuote[i]);
        }
        for (Sentences s : ctx.sentences) {
            for (Candidate c : found.get(s.index)) {
                if (c.opens().isEmpty() || c.opens().size() > 1) continue;
                Speaker speaker = c.opens().get(0);
                int next = s.index + 1;
                if (next >= ctx.sentences.size()) continue;
                Sentences first = ctx.sentences.get(next);
                Span quote = quoteAt(quotes, first.charBegin(0));
                if (quote != null) {
                    ctx.addVoice(new ArticleContext.Voice(quote.begin(), quote.end(), speaker, c.cue().lemma(), c.cueSpan()));
                    continue;
                }
                for (int i = next; i < ctx.sentences.size() && i < next + STATEMENT_SENTENCES; i++) {
                    Sentences t = ctx.sentences.get(i);
                    if (heading(ctx, t)) break;
                    boolean otherSpeaker = found.get(i).stream().anyMatch(o -> !o.positions().isEmpty() || !o.opens().isEmpty());
                    if (otherSpeaker) break;
                    ctx.addVoice(new ArticleContext.Voice(t.charBegin(0), t.charEnd(t.size() - 1), speaker, c.cue().lemma(), c.cueSpan()));
                }
            }
        }
    }

    private static Span quoteAt(List<Span> quotes, int at) {
        for (Span q : quotes) if (q.begin() <= at && at <= q.begin() + 1) return q;
        return null;
    }

    /** A line of its own without a full stop: "Further information", "Notes to editors". */
    private static boolean heading(ArticleContext ctx, Sentences s) {
        int end = s.charEnd(s.size() - 1);
        char last = ctx.text.charAt(end - 1);
        if (".!?:\"\u201d'\u2019)".indexOf(last) >= 0) return false;
        int lineEnd = ctx.text.indexOf('\n', end);
        String rest = ctx.text.substring(end, lineEnd < 0 ? ctx.text.length() : lineEnd);
        return rest.isBlank();
    }

    /** The position a sentence of a statement or quotation states, when it has no cue of its own. */
    private Optional<Position> voiced(ArticleContext ctx, Sentences s) {
        List<Integer> content = new ArrayList<>();
        ArticleContext.Voice voice = null;
        for (int t = 0; t < s.size(); t++) {
            ArticleContext.Voice v = ctx.voiceAt(s.index, t);
            if (v == null) {
                if (s.isPunct(t)) continue;
                return Optional.empty();
            }
            if (voice != null && v != voice) return Optional.empty();
            voice = v;
            content.add(t);
        }
        if (voice == null || voice.cueSpan().begin() >= s.span().begin() && voice.cueSpan().end() <= s.span().end()) return Optional.empty();
        content = trim(s, content);
        if (content.size() < 3) return Optional.empty();
        Cue cue = cues.getOrDefault(voice.cue(), new Cue(voice.cue(), Stance.NEUTRAL));
        Span span = new Span(s.charBegin(content.get(0)), s.charEnd(content.get(content.size() - 1)));
        Position p = new Position(voice.speaker().entity(), cue.lemma(), voice.cueSpan(), span, s.span(), voice.speaker().confidence() * VOICED);
        describe(ctx, s, p, new Cue(cue.lemma(), Stance.NEUTRAL), -1, -1, content);
        return Optional.of(p);
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
        List<Integer> content = content(s, v, last, false);
        if (content.isEmpty()) {
            boolean colonEnds = last + 1 < s.size() && s.word(last + 1).equals(":") && (last + 2 == s.size());
            if (!colonEnds || who.isEmpty()) return null;
            return new Candidate(List.of(), v, v, last, who, cue, new Span(s.charBegin(v), s.charEnd(last)));
        }
        return stated(ctx, s, who, cue, v, last, content);
    }

    /**
     * "The Council is encouraged by the decision", "I am appalled by this attack": a word of feeling after "be"
     * states its subject's stance towards what follows it.
     */
    private Candidate feeling(ArticleContext ctx, Speakers speakers, Sentences s, int a) {
        Cue cue = feelings.get(s.word(a).toLowerCase(java.util.Locale.ROOT));
        if (cue == null || !(s.tag(a).startsWith("JJ") || s.tag(a).equals("VBN"))) return null;
        if (s.children(a, "cop").isEmpty() && s.children(a, "aux:pass").isEmpty()) return null;
        List<Speaker> who = speakers.holders(s, a);
        List<Integer> content = content(s, a, a, true);
        if (content.isEmpty()) return null;
        return stated(ctx, s, who, cue, a, a, content);
    }

    private Candidate stated(ArticleContext ctx, Sentences s, List<Speaker> who, Cue cue, int v, int last, List<Integer> content) {
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
        LocalDate articleDate = ctx.article.date();
        Dates.When when = Dates.When.NONE;
        if (v >= 0) {
            when = Dates.of(s, v, articleDate, Dates.Tense.PAST);
            // "The Office on June 18 called for ...": the date is parsed onto the subject it follows.
            for (int subj : s.children(v, "nsubj")) if (!when.named()) when = Dates.of(s, subj, articleDate, Dates.Tense.PAST);
        }
        p.date = when.named() ? when.day() : articleDate == null ? null : articleDate.toString();
        if (v >= 0 && (ADDRESSING.contains(cue.lemma()) || ADDRESSING.contains(s.lemma(v)))) {
            // "thanked Iraqi Prime Minister Haider al-Abadi": a nationality word before the name is not the addressee.
            for (int t = last + 1; t <= Math.min(s.size() - 1, last + 6); t++) {
                Mention m = ctx.mentionAt(s.index, t);
                if (m == null || m.demonym()) continue;
                Entity a = ctx.actorOf(m);
                if (a != null && a != p.speaker) p.addressees.add(a);
                break;
            }
            // "told reporters", "urged all political parties and their supporters": an unnamed group is addressed.
            int obj = s.child(v, "obj");
            if (p.addressees.isEmpty() && obj >= 0) {
                for (int h : s.withConjuncts(Groups.counted(s, obj))) if (Groups.heads(ctx, s, h)) p.addressees.add(Groups.at(ctx, s, h));
            }
        }
        p.stance = stances.classify(cue.stance(), s, content);
        if (cue.stance() == Stance.NEUTRAL && p.stance != Stance.NEUTRAL) {
            // "al-Qaida remains committed to attacks", he said: the words' stance is their subject's, not the speaker's.
            if (someoneElseHolds(ctx, s, p, content)) p.stance = Stance.NEUTRAL;
            else p.confidence *= STANCE_FROM_WORDS;
        }
        if (p.stance != Stance.NEUTRAL) {
            for (int t : content) {
                Mention m = ctx.mentionAt(s.index, t);
                if (m == null || m.demonym()) continue;
                // "UK support for Iraq", "Iraq's efforts": who holds or acts is not what the stance is towards.
                String role = s.relation(m.end() - 1);
                if (role.startsWith("nsubj") || role.equals("compound")) continue;
                // ... but "Assad's regime" is Assad's side itself.
                if (role.equals("nmod:poss") && !REPRESENTING.contains(s.lemma(s.head(m.end() - 1)))) continue;
                // "attacks in Syria", "people inside Syria": where something happens is not what the stance is towards.
                if (locative(s, m.end() - 1)) continue;
                Entity a = ctx.actorOf(m);
                if (a != null && a != p.speaker && a != p.speaker.country() && !p.addressees.contains(a)) {
                    p.targets.add(a);
                    // "committed to destroying ISIL": supporting an act against the target is a stance against it.
                    if (stances.actedAgainst(s, m.end() - 1, content)) {
                        p.stance = p.stance == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
                    }
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
    private static boolean locative(Sentences s, int t) {
        for (String place : LOCATIVE) if (s.hasCase(t, place)) return true;
        return false;
    }

    /**
     * True when the reported clause has a subject that is neither the speaker, nor "I" or "we", nor the speaker's
     * country or organisation: a stance read from that clause's words is held by its subject.
     */
    private static boolean someoneElseHolds(ArticleContext ctx, Sentences s, Position p, List<Integer> content) {
        Set<Integer> inside = new HashSet<>(content);
        for (int t : content) {
            int h = s.head(t);
            if (h >= 0 && inside.contains(h)) continue;
            for (int subj : s.children(t, "nsubj")) {
                if (!inside.contains(subj)) continue;
                if (Speakers.firstPerson(s, subj)) return false;
                Mention m = ctx.mentionAt(s.index, subj);
                if (m == null) return !s.isPronoun(subj) || s.lemma(subj).equals("it");
                Entity e = ctx.actorOf(m);
                return e != p.speaker && e != p.speaker.country() && !p.speaker.memberOf().contains(e);
            }
        }
        return false;
    }

    private List<Integer> content(Sentences s, int v, int last, boolean agentSaid) {
        Set<Integer> skip = new HashSet<>();
        for (int c : s.children(v, null)) {
            String rel = s.relation(c);
            if (rel.startsWith("nsubj") || rel.equals("aux") || rel.equals("punct") || rel.equals("cc")) skip.add(c);
            if (rel.equals("conj") && s.isVerb(c)) skip.add(c);
            // "It was announced by NATO that ...": the agent is the speaker, not part of what was said.
            if (!agentSaid && rel.startsWith("obl") && !s.children(v, "aux:pass").isEmpty() && s.hasCase(c, "by")) skip.add(c);
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
