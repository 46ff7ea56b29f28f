package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The voices phase: finds every reporting cue of the article, resolves its speakers, gives quotations and
 * statements after "X said:" their speakers, resolves the cues' speakers again now that "I" and "we" inside those
 * have a speaker, and makes the positions. A cue inside another one's content adds to that position when the same
 * speaker elaborates ("emphasized that ..., noting that ..."), and is a position of its own when it reports another
 * person ("Leavitt said Trump had urged ...").
 */
final class Statements {
    /** Tried in order at each token; the first that matches takes it. */
    private static final List<CueRule> CUES = List.of(new AccordingTo(), new SubjectOfCue(), new StatementSaying(), new WordOfFeeling());
    private static final QuotationVoices QUOTATIONS = new QuotationVoices();
    private static final StatementAfterColon STATEMENTS = new StatementAfterColon();
    private static final VoicedSentence VOICED = new VoicedSentence();

    static List<Rule> rules() {
        List<Rule> out = new ArrayList<>(CUES);
        out.add(QUOTATIONS);
        out.add(QuotationVoices.CONTINUES);
        out.add(STATEMENTS);
        out.add(VOICED);
        out.addAll(SpeakerRule.all());
        return out;
    }

    private Statements() {}

    /** "Lavrov said Moscow will not ...": a speaker's country or body speaking inside the speaker's words is the speaker. */
    private static boolean sameSide(EntityNode host, EntityNode nested) {
        return host == nested || host.country() == nested || host.memberOf().contains(nested);
    }

    /** Cues that address someone anew, as a participle: "thanked Kim ..., telling him that". */
    private static final java.util.Set<String> ADDRESSING = WordLists.words("addressing-cues.txt");
    /** Cues whose participle goes on with the statement before it: "..., noting that", "..., adding that". */
    private static final java.util.Set<String> ELABORATING = WordLists.words("elaborating-cues.txt");

    /**
     * A second act rather than an elaboration: a reporting verb coordinated without a subject of its own ("... and
     * called on"), a participle addressing someone ("telling him that"), or any other reporting participle
     * ("..., saying that", "..., calling it ..."). "Noting that" and "insisting that" ({@code elaborating-cues.txt})
     * go on with the same statement unless set apart by "while"; "and he argued that" goes on with it too, and "the
     * wars he claimed to have settled" is inside it.
     */
    private static boolean secondAct(Sentences s, int cue) {
        String rel = s.relation(cue);
        if (rel.equals("conj")) return CueContent.coordinatedCue(s, cue);
        boolean participle = rel.equals("advcl") || rel.equals("dep") || rel.equals("parataxis") || CueContent.participleAsMark(s, cue);
        if (!participle || !s.tag(cue).equals("VBG")) return false;
        if (ADDRESSING.contains(s.lemma(cue))) return true;
        // "denied that ..., saying it did not control ...", "told reporters that ..., while insisting that ...".
        return !ELABORATING.contains(s.lemma(cue)) || s.children(cue, "mark").stream().anyMatch(m -> s.lemma(m).equals("while"));
    }

    /**
     * "Putin thanked Kim for the troops, telling him that ...", "Biden said ... and called on both sides to ...": a
     * person's second reporting verb inside the first one's content is a position of its own, and the first one
     * reports only what comes before it.
     */
    private static List<CueMatch> separate(List<CueMatch> found) {
        List<CueMatch> out = new ArrayList<>(found);
        for (CueMatch m : found) {
            if (m.opensStatement()) continue;
            CueMatch host = m.hostIn(out);
            if (host == null || host.opensStatement() || m.cueToken <= host.cueToken) continue;
            if (!secondAct(m.sentence, m.cueToken)) continue;
            boolean samePerson = m.speakers.stream().anyMatch(sp -> sp.entity().kind() == EntityKind.PERSON
                    && host.speakers.stream().anyMatch(h -> h.entity() == sp.entity()));
            if (!samePerson) continue;
            int start = m.sentence.subtree(m.cueToken, java.util.Set.of()).stream().min(Integer::compare).orElse(m.cueToken);
            CueMatch cut = host.cutBefore(start);
            if (cut.content.isEmpty()) continue;
            out.set(out.indexOf(host), cut);
            for (CueMatch o : out) if (o.act == host) o.act = cut;
            if (!m.sentence.relation(m.cueToken).equals("conj")) m.act = cut;
        }
        return out;
    }

    static void apply(ArticleView view, Speakers speakers, Findings findings) {
        List<List<CueMatch>> bySentence = new ArrayList<>();
        List<CueMatch> all = new ArrayList<>();
        for (Sentences s : view.sentences) {
            List<CueMatch> found = new ArrayList<>();
            for (int t = 0; t < s.size(); t++) {
                for (CueRule rule : CUES) {
                    CueMatch m = rule.match(view, speakers, s, t);
                    if (m == null) continue;
                    m.speakers = rule.speakers(speakers, m);
                    found.add(m);
                    break;
                }
            }
            bySentence.add(found);
            all.addAll(found);
        }
        QUOTATIONS.apply(view, all, findings);
        STATEMENTS.apply(view, bySentence, findings);
        if (findings.hasVoices()) for (CueMatch m : all) m.speakers = m.rule.speakers(speakers, m);
        for (Sentences s : view.sentences) {
            List<CueMatch> found = separate(bySentence.get(s.index));
            Map<CueMatch, List<PositionDraft>> made = new IdentityHashMap<>();
            boolean own = false;
            for (CueMatch m : found) {
                if (m.opensStatement()) continue;
                CueMatch host = m.hostIn(found);
                for (Speaker sp : m.speakers) {
                    // "Leavitt said Trump had urged ...": a cue inside another's content is a position of its own
                    // when another person speaks through it; the host's own elaborations ("..., noting that") and
                    // what sides or bodies did in the host's account ("the two sides agreed to ...") add to the
                    // host's position.
                    if (host != null && (host.speakers.isEmpty() || sp.entity().kind() != EntityKind.PERSON
                            || host.speakers.stream().anyMatch(h -> sameSide(h.entity(), sp.entity())))) continue;
                    PositionDraft p = new PositionDraft(sp.entity(), m.cue.lemma(), m.cueSpan(), m.contentSpan(), s,
                            sp.confidence(), m.cue, m.cueToken, m.last, m.content);
                    p.by(m.rule, RuleUse.Part.FOUND);
                    p.by(sp.rule(), RuleUse.Part.SPEAKER);
                    if (m.act != null) {
                        for (PositionDraft a : made.getOrDefault(m.act, List.of())) if (a.speaker == p.speaker) p.act = a;
                    }
                    made.computeIfAbsent(m, k -> new ArrayList<>()).add(p);
                    findings.fired(m.rule, s, m.cueToken);
                    findings.add(p);
                    own = true;
                }
            }
            if (!own) {
                PositionDraft p = VOICED.apply(s, findings);
                if (p != null) findings.add(p);
            }
        }
    }
}
