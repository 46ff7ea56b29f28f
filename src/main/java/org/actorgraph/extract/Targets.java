package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

import java.util.Set;

/**
 * What a position with a stance is for or against: the first actor its content names that neither holds nor acts
 * ("UK support for Iraq"), nor marks where something happens ("attacks in Syria"), and is not the speaker, its
 * country or an addressee. Supporting an act against the target ("committed to destroying ISIL") is a stance
 * against it.
 */
final class Targets implements DetailRule {
    private static final Set<String> LOCATIVE = WordLists.words("locative-prepositions.txt");
    private static final Set<String> REPRESENTING = WordLists.words("representing-nouns.txt");
    private final StanceClassifier stances = new StanceClassifier();

    static final Rule ACTED_AGAINST = Rule.named("stance.acted-against", Phase.DETAILS,
            "supporting an act against the target (acting-against-words.txt) opposes it, and the reverse");

    @Override public String name() { return "target.named-in-content"; }
    @Override public String description() { return "the first actor the content names that is not a holder, an actor or a place"; }

    @Override
    public void apply(ArticleView view, Speakers speakers, PositionDraft p) {
        if (p.stance == Stance.NEUTRAL) return;
        Sentences s = p.sentence;
        for (int t : p.contentTokens) {
            Mention m = view.mentionAt(s.index, t);
            if (m == null || m.demonym()) continue;
            int head = m.end() - 1;
            String role = s.relation(head);
            if (role.startsWith("nsubj") || role.equals("compound")) continue;
            // ... but "Assad's regime" is Assad's side itself.
            if (role.equals("nmod:poss") && !REPRESENTING.contains(s.lemma(s.head(head)))) continue;
            if (locative(s, head)) continue;
            EntityNode a = speakers.actors().actorOf(m);
            if (a != null && a != p.speaker && a != p.speaker.country() && !p.addressees.contains(a)) {
                p.targets.add(a);
                p.by(this, RuleUse.Part.TARGET);
                if (stances.actedAgainst(s, head, p.contentTokens)) {
                    p.stance = p.stance == Stance.SUPPORT ? Stance.OPPOSE : Stance.SUPPORT;
                    p.by(ACTED_AGAINST, RuleUse.Part.STANCE);
                }
                break;
            }
        }
    }

    private static boolean locative(Sentences s, int t) {
        for (String place : LOCATIVE) if (s.hasCase(t, place)) return true;
        return false;
    }
}
