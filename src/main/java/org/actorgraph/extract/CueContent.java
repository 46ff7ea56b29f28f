package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tokens of what a cue reports. */
final class CueContent {
    /** Verbs whose object is the one told, not what was told. */
    private static final Set<String> TELL = Set.of("tell", "assure", "inform", "remind", "brief");

    private static final Set<String> OPENING = Set.of("“", "``", "‘");
    private static final Set<String> CLOSING = Set.of("”", "''", "’");

    private CueContent() {}

    /**
     * The verb's dependents after it, without its subject, the clauses coordinated with it (they say something
     * else) or material before the verb. A parenthetical "X said" reports its host clause.
     */
    static List<Integer> of(Sentences s, int v, int last, boolean agentSaid) {
        // "welcomed the change, saying the envoy had become a partner": the parser may take "saying" for the mark of
        // the clause it reports.
        if (participleAsMark(s, v)) {
            List<Integer> toks = new ArrayList<>(s.subtree(s.head(v), Set.of()));
            toks.removeIf(t -> t <= last);
            return trim(s, toks);
        }
        Set<Integer> skip = new HashSet<>();
        for (int c : s.children(v, null)) {
            String rel = s.relation(c);
            if (rel.startsWith("nsubj") || rel.equals("aux") || rel.equals("punct") || rel.equals("cc")) skip.add(c);
            if (rel.equals("conj") && s.isVerb(c) && !reportedModal(s, v, c)) skip.add(c);
            // "It was announced by NATO that ...": the agent is the speaker, not part of what was said.
            if (!agentSaid && rel.startsWith("obl") && !s.children(v, "aux:pass").isEmpty() && s.hasCase(c, "by")) skip.add(c);
            if (c < v) skip.add(c);
            // "Kim told Putin that ..., according to a Kremlin transcript": the source is no part of what was said.
            if (rel.startsWith("obl") && (s.hasCase(c, "accord") || s.hasCase(c, "according"))) skip.add(c);
        }
        // "Li's visit was confirmed by Wang": with the speaker as the agent and nothing else said after the verb but
        // when, the passive subject is what was stated; "the drills were condemned by X as a threat" says more.
        boolean saysNoMore = s.children(v, null).stream().allMatch(c -> c < v || s.isPunct(c) || s.hasCase(c, "by")
                || s.relation(c).equals("obl") && s.ner(c).equals("DATE")
                || s.relation(c).equals("cc") || s.relation(c).equals("conj") && s.isVerb(c));
        if (!agentSaid && !s.children(v, "aux:pass").isEmpty() && saysNoMore && s.children(v, "obl").stream().anyMatch(o -> s.hasCase(o, "by"))) {
            for (int subj : s.children(v, "nsubj:pass")) {
                if (s.isPronoun(subj) || subj > v) continue;
                return trim(s, s.subtree(subj, Set.of()));
            }
        }
        // "said there would be no amnesty" is often parsed with the cue as the clausal subject of "amnesty": what
        // follows the cue in its head's clause is what was said.
        if (s.relation(v).equals("csubj") && s.head(v) > last) {
            List<Integer> toks = new ArrayList<>(s.subtree(s.head(v), Set.of()));
            toks.removeIf(t -> t <= last);
            return trim(s, toks);
        }
        // A quotation before the verb is what was said: "We will not accept it," Lavrov said on Tuesday.
        for (int c : s.children(v, "ccomp")) if (c < v) return trim(s, s.subtree(c, Set.of()));
        // "'Nobody should threaten neighbours,' Berg said": the parser may leave the quoted clause a bare dependent.
        for (int c : s.children(v, "dep")) {
            boolean clause = (s.isVerb(c) || !s.children(c, "cop").isEmpty()) && (s.child(c, "nsubj") >= 0 || s.child(c, "csubj") >= 0);
            if (c < v && clause && quoted(s, c)) return trim(s, s.subtree(c, Set.of()));
        }
        // "Israel and Hamas have agreed to a ceasefire, Qatar's prime minister announced": a clause with a subject of
        // its own and no conjunction, put before the cue with a comma, is parsed as a modifier but is what was said.
        for (int c : s.children(v, "advcl")) {
            if (c > v || !s.children(c, "mark").isEmpty() || s.child(c, "nsubj") < 0 || !s.isVerb(c)) continue;
            // "When the two men met, X said", "Where we disagree, we will say so": a clause of time or place.
            if (s.children(c, "advmod").stream().anyMatch(a -> s.tag(a).startsWith("W"))) continue;
            List<Integer> clause = s.subtree(c, Set.of());
            int end = clause.get(clause.size() - 1);
            if (end + 1 < v && s.word(end + 1).equals(",")) return trim(s, clause);
        }
        // "'...,' Tamm told reporters in Tallinn": the one told is no part of what was said.
        boolean toldOnly = TELL.contains(s.lemma(v)) && s.children(v, "obj").stream().allMatch(o -> !s.isVerb(o) && o > v);
        boolean saysNothingItself = s.children(v, "ccomp").isEmpty() && s.children(v, "xcomp").isEmpty()
                && (s.children(v, "obj").isEmpty() || toldOnly);
        boolean hosted = s.relation(v).equals("parataxis") || toldOnly && s.relation(v).equals("ccomp") && s.head(v) < v && afterQuotation(s, v);
        // "Lebanon and Israel have agreed to extend the deadline until Feb 18, the White House said in a statement": the
        // parser may hang a closing frame on any word before it; the clause it closes is then the sentence's root.
        boolean closing = saysNothingItself && closingFrame(s, v);
        if (hosted && saysNothingItself || closing) {
            // "The exchange, Lavrov said, has occurred ..." and "'...,' Stoltenberg said on Tuesday": the host clause.
            int host = closing ? s.root() : s.head(v);
            // "'We respect their choice, and we understand why,' Lavrov told reporters": the whole quotation.
            while (s.relation(host).equals("conj") && s.head(host) >= 0 && s.head(host) < host) host = s.head(host);
            List<Integer> toks = new ArrayList<>(s.subtree(host, Set.of(v)));
            toks.removeIf(t -> s.relation(t).equals("punct") && (t == v - 1 || t == v + 1));
            if (closing) toks.removeIf(t -> t >= closingFrame(s));
            return trim(s, toks);
        }
        List<Integer> toks = new ArrayList<>(s.subtree(v, skip));
        toks.removeIf(t -> t <= last);
        toks.addAll(strandedPredicate(s, v, toks));
        toks.sort(Integer::compare);
        int source = AccordingTo.closingPhrase(s);
        if (source > v) toks.removeIf(t -> t >= source);
        int frame = closingFrame(s);
        if (frame > v) toks.removeIf(t -> t >= frame);
        // "said the deal was a product of diplomacy and called on both sides to ...": the second cue reports apart, and
        // so does another voice ("said Rwanda would defend its borders, while Suminwa accused Kigali of ...").
        for (int t : new ArrayList<>(toks)) {
            if (t == v || !coordinatedCue(s, t) && !otherVoice(s, t)) continue;
            Set<Integer> second = new HashSet<>(s.subtree(t, Set.of()));
            second.addAll(s.children(t, "cc"));
            toks.removeIf(second::contains);
        }
        // "said on Monday that ...", "told reporters at the meeting that ...": what was said starts at the clause.
        for (int c : s.children(v, "ccomp")) {
            if (c < v) continue;
            int start = s.subtree(c, Set.of()).stream().min(Integer::compare).orElse(c);
            toks.removeIf(t -> t < start);
            break;
        }
        return trim(s, toks);
    }

    /** A token between double quotation marks opened before it and closed after it, in its sentence. */
    private static boolean quoted(Sentences s, int t) {
        boolean opened = false, closed = false;
        for (int w = 0; w < t; w++) if (s.word(w).equals("“") || s.word(w).equals("``")) opened = true;
        for (int w = t + 1; w < s.size(); w++) if (s.word(w).equals("”") || s.word(w).equals("''")) closed = true;
        return opened && closed;
    }

    /**
     * The subject of a cue: its own, or, for a cue hung on a word before it with no subject, the phrase the parser
     * set in apposition to that word right before the cue ("until Feb 18, the White House said").
     */
    static int frameSubject(Sentences s, int v) {
        int subj = s.child(v, "nsubj");
        if (subj >= 0 || !hungOnAWord(s, v) || s.head(v) < 0) return subj;
        for (int a : s.children(s.head(v), "appos")) {
            List<Integer> phrase = s.subtree(a, Set.of());
            if (phrase.get(phrase.size() - 1) == v - 1 && s.tag(a).startsWith("NN")) return a;
        }
        return -1;
    }

    /** A verb closing its sentence as a frame, hung by the parser on a word before it. */
    static boolean closingFrame(Sentences s, int v) {
        return hungOnAWord(s, v) && closesSentence(s, v);
    }

    /** A finite verb the parser hung on a word as a bare dependent or a clause qualifying a noun. */
    private static boolean hungOnAWord(Sentences s, int v) {
        String rel = s.relation(v);
        return rel.equals("dep") || rel.equals("acl") && s.tag(v).equals("VBD");
    }

    /**
     * Where a closing frame hung on a word before it begins (the comma before its subject), or -1: what it frames is
     * the sentence before it, not part of an earlier cue's content.
     */
    static int closingFrame(Sentences s) {
        for (int w = 0; w < s.size(); w++) {
            if (!CueLexicon.cueAt(s, w) || !closingFrame(s, w)) continue;
            return s.subtree(frameSubject(s, w), Set.of()).get(0) - 1;
        }
        return -1;
    }

    /**
     * A cue after a comma, with its subject between, and with a verb-rooted clause before the comma: ", the White
     * House said in a statement."
     */
    private static boolean closesSentence(Sentences s, int v) {
        int subj = frameSubject(s, v);
        int root = s.root();
        if (subj < 0 || subj > v || root < 0 || root > subj || !s.isVerb(root)) return false;
        int first = s.subtree(subj, Set.of()).get(0);
        return first > 0 && s.word(first - 1).equals(",");
    }

    /**
     * "but said Israel's repeated strikes on Syrian sites were undermining the government": the parser may make the
     * subject of the reported clause the object of "said" and hang its verb elsewhere. A verb right after that object,
     * with only auxiliaries between and no subject of its own, is the rest of the reported clause.
     */
    private static List<Integer> strandedPredicate(Sentences s, int v, List<Integer> toks) {
        if (toks.isEmpty() || TELL.contains(s.lemma(v)) || !s.children(v, "ccomp").isEmpty() || !s.children(v, "xcomp").isEmpty()) return List.of();
        if (s.children(v, "obj").stream().noneMatch(o -> o > v)) return List.of();
        int end = toks.stream().max(Integer::compare).orElse(v);
        int w = end + 1;
        while (w < s.size() && s.relation(w).equals("aux")) w++;
        if (w >= s.size()) return List.of();
        boolean finite = w > end + 1 || Set.of("VBD", "VBZ", "VBP").contains(s.tag(w));
        // A subject before the cue is the parser's guess, no subject of the reported clause.
        if (!finite || !s.isVerb(w) || s.child(w, "nsubj") > v || s.head(w) == v || toks.contains(s.head(w))) return List.of();
        List<Integer> rest = new ArrayList<>();
        for (int t = end + 1; t < w; t++) rest.add(t);
        for (int t : s.subtree(w, Set.of())) if (t > w) rest.add(t);
        rest.add(w);
        return rest;
    }

    private static final Set<String> MODAL = Set.of("would", "could", "should", "might", "must", "will", "can", "shall", "may");

    /**
     * "said Belgrade remained ready to talk but would not accept any arrangement": a verb without a subject of its
     * own, under a modal, coordinated with the cue after the clause it reports, goes on with that clause; the speaker's
     * own next act ("and left for Moscow", "but gave no details") has no modal. A view after "but" ("but saw no need")
     * goes on with it too.
     */
    private static boolean reportedModal(Sentences s, int v, int c) {
        if (c < v || s.child(c, "nsubj") >= 0 || CueLexicon.cueAt(s, c)) return false;
        boolean reported = s.children(v, "ccomp").stream().anyMatch(r -> r > v && r < c);
        if (!reported) return false;
        if (s.children(c, "aux").stream().anyMatch(a -> MODAL.contains(s.lemma(a)))) return true;
        // "said Russia was grateful but saw no need to move the talks": a view set against what was said.
        return ATTITUDE.contains(s.lemma(c)) && s.children(c, "cc").stream().anyMatch(a -> s.lemma(a).equals("but"));
    }

    /** Verbs of a view or a wish ({@code attitude-verbs.txt}). */
    private static final Set<String> ATTITUDE = WordLists.words("attitude-verbs.txt");

    /** A participle the parser made the "mark" of an adverbial clause: "..., saying the envoy had become ...". */
    static boolean participleAsMark(Sentences s, int v) {
        int h = s.head(v);
        return s.tag(v).equals("VBG") && s.relation(v).equals("mark") && h > v && s.relation(h).equals("advcl");
    }

    /**
     * "... and called on both sides to": a reporting verb coordinated into a clause without a subject or an auxiliary
     * of its own is a second act of the one who spoke; "that Kask had welcomed the offer but had accused Riga", with
     * its own auxiliary, stays in the reported clause.
     */
    static boolean coordinatedCue(Sentences s, int t) {
        return s.isVerb(t) && s.relation(t).equals("conj") && s.child(t, "nsubj") < 0 && s.children(t, "aux").isEmpty()
                && CueLexicon.cueAt(s, t);
    }

    /** Conjunctions that set one side's words against another's: "while", "whereas". */
    private static final Set<String> CONTRASTING = Set.of("while", "whereas");

    /**
     * "..., while Saar accused Ankara of ...", "whereas the minister said ...": an adverbial clause of contrast whose
     * verb is a reporting cue with a subject of its own.
     */
    static boolean otherVoice(Sentences s, int t) {
        if (!s.isVerb(t) || !s.relation(t).startsWith("advcl") || s.child(t, "nsubj") < 0 || !CueLexicon.cueAt(s, t)) return false;
        return s.children(t, "mark").stream().anyMatch(m -> CONTRASTING.contains(s.lemma(m)));
    }

    /**
     * "'...,' Tamm told reporters": a cue set after the clause it reports, with no "that" of its own and a comma or
     * quotation mark just before its phrase; not "said that he had told his guests".
     */
    private static boolean afterQuotation(Sentences s, int v) {
        if (!s.children(v, "mark").isEmpty()) return false;
        int first = s.subtree(v, Set.of()).stream().min(Integer::compare).orElse(v);
        return first > 0 && s.isPunct(first - 1);
    }

    /** The last quotation mark among the tokens opens a quotation. */
    private static boolean leftOpen(Sentences s, List<Integer> toks) {
        for (int i = toks.size() - 1; i >= 0; i--) {
            String w = s.word(toks.get(i));
            if (OPENING.contains(w)) return true;
            if (CLOSING.contains(w) && !w.equals("’")) return false;
        }
        return false;
    }

    /** A closing quotation mark among the tokens before any opening one. */
    private static boolean closedBeforeOpened(Sentences s, List<Integer> toks) {
        for (int t : toks) {
            if (OPENING.contains(s.word(t))) return false;
            if (CLOSING.contains(s.word(t)) && !s.word(t).equals("’")) return true;
        }
        return false;
    }

    /** Drops punctuation and a "that" at the edges, and fills the gaps: the content is one span of text. */
    static List<Integer> trim(Sentences s, List<Integer> tokens) {
        List<Integer> toks = new ArrayList<>(tokens);
        // "said on Tuesday that Minsk had ...": the tagger may take "that" for a pronoun the parser leaves a bare dependent.
        while (!toks.isEmpty() && (s.isPunct(toks.get(0)) || s.lemma(toks.get(0)).equalsIgnoreCase("that")
                && (s.relation(toks.get(0)).equals("mark") || s.relation(toks.get(0)).equals("dep")))) toks.remove(0);
        while (!toks.isEmpty() && s.isPunct(toks.get(toks.size() - 1))) toks.remove(toks.size() - 1);
        if (toks.isEmpty()) return toks;
        List<Integer> contiguous = new ArrayList<>();
        for (int t = toks.get(0); t <= toks.get(toks.size() - 1); t++) contiguous.add(t);
        // "the product of “months of painstaking diplomacy”": a quotation opened inside keeps its closing mark.
        int next = contiguous.get(contiguous.size() - 1) + 1;
        if (next < s.size() && CLOSING.contains(s.word(next)) && leftOpen(s, contiguous)) contiguous.add(next);
        // "said “dialogue on an equal footing” remained the only way": a quotation closed inside keeps its opening mark.
        int before = contiguous.get(0) - 1;
        if (before >= 0 && OPENING.contains(s.word(before)) && closedBeforeOpened(s, contiguous)) contiguous.add(0, before);
        return contiguous;
    }
}
