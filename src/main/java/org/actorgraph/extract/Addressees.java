package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;

import java.util.Set;

/**
 * Whom an addressing cue ({@code addressing-cues.txt}: "urge", "call on", "tell", "thank") is said to: the first
 * actor named within a few words after it, or an unnamed group as its object ("told reporters").
 */
final class Addressees implements DetailRule {
    private static final Set<String> ADDRESSING = WordLists.words("addressing-cues.txt");
    /** How far after the cue the addressee's name may begin, in tokens. */
    private static final int REACH = 6;

    static final Rule GROUP = Rule.named("addressee.group-object", Phase.DETAILS,
            "an unnamed group as the object of an addressing cue: \"told reporters\"");

    @Override public String name() { return "addressee.named-after-cue"; }
    @Override public String description() { return "the first actor named just after an addressing cue"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        Sentences s = p.sentence;
        int v = p.cueToken;
        if (v < 0 || !ADDRESSING.contains(p.cueEntry.lemma()) && !ADDRESSING.contains(s.lemma(v))) return;
        // "thanked Iraqi Prime Minister Haider al-Abadi": a nationality word before the name is not the addressee.
        // "told reporters on Monday that Kabul ...": no one named in what was said is its addressee.
        int said = s.size();
        for (int c : s.children(v, "ccomp")) {
            if (c < v) continue;
            int start = s.subtree(c, java.util.Set.of()).stream().min(Integer::compare).orElse(c);
            // "called on Israel to withdraw" may come parsed as a clause that holds the one called on.
            boolean clause = s.lemma(start).equals("that") || s.children(v, "obj").stream().anyMatch(o -> o > v && o < start);
            if (clause) said = Math.min(said, start);
        }
        for (int t = p.cueLast + 1; t <= Math.min(s.size() - 1, p.cueLast + REACH) && t < said; t++) {
            Mention m = view.mentionAt(s.index, t);
            // "told his Japanese hosts that Washington would": people named by their nationality stand for their country.
            if (m != null && m.demonym() && s.head(t) == s.child(v, "obj") && s.tag(s.head(t)).equals("NNS")) {
                p.addressees.add(speakers.registry().entityOf(m));
                p.by(GROUP, RuleUse.Part.ADDRESSEE);
                break;
            }
            if (m == null || m.demonym()) continue;
            EntityNode a = speakers.actors().actorOf(m);
            if (a != null && a != p.speaker) {
                p.addressees.add(a);
                p.by(this, RuleUse.Part.ADDRESSEE);
            }
            break;
        }
        // "told reporters", "urged all political parties and their supporters": an unnamed group is addressed.
        int obj = s.child(v, "obj");
        if (p.addressees.isEmpty() && obj >= 0) {
            for (int h : s.withConjuncts(Groups.counted(s, obj))) {
                if (!Groups.heads(view, s, h)) continue;
                p.addressees.add(Groups.at(speakers.registry(), s, h));
                p.by(GROUP, RuleUse.Part.ADDRESSEE);
            }
        }
    }
}
