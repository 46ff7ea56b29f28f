package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.RuleUse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who came with a side to a meeting: "Ruiz was accompanied by Foreign Minister Carla Mendes", "Standing beside
 * President Ana Vidal, Holm said", "Berg's delegation
 * included Trade Minister Per Holm", "The Chilean delegation, which included Senator Jorge Vidal", "X, who led the
 * British side together with Y", "Y, who headed Tokyo's delegation". The companions take part in the last meeting or visit of the
 * side they came with, reported in the same sentence or the three before; a delegation of a country comes with that
 * country or with the people of it the meeting names. A delegation nobody's, or a side with no meeting reported, adds
 * no one.
 */
final class Entourage implements Rule {
    private static final Set<String> DELEGATIONS = WordLists.words("delegation-nouns.txt");
    private static final Set<String> INCLUDING = Set.of("include", "comprise");
    private static final Set<String> LEADING = Set.of("lead", "head");
    /** How many sentences back the meeting a companion joins may have been reported. */
    private static final int REACH = 3;

    @Override public String name() { return "event.entourage"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() {
        return "whoever accompanied a side, was in its delegation or led it takes part in that side's last meeting or visit";
    }

    /** Adds the companions each sentence names to the meetings of the sides they came with. */
    void apply(Participants p, List<EventDraft> found, Findings findings) {
        for (Sentences s : p.view.sentences) {
            for (int t = 0; t < s.size(); t++) {
                List<Party> parties = new ArrayList<>();
                accompanied(p, s, t, parties);
                delegation(p, s, t, parties);
                beside(p, s, t, parties);
                for (Party party : parties) {
                    EventDraft e = lastMeetingOf(p.view, found, s.index, party.side());
                    if (e == null) continue;
                    boolean added = false;
                    for (EntityNode c : party.members()) added |= c != party.side() && e.participants.add(c);
                    if (added) {
                        e.by(this, RuleUse.Part.PARTICIPANTS);
                        findings.fired(this, s, t);
                    }
                }
            }
        }
    }

    /** A side and the actors that came with it. */
    private record Party(EntityNode side, Set<EntityNode> members) {}

    /** "X was accompanied by Y", "Y accompanied X", "X, accompanied by Y,". */
    private static void accompanied(Participants p, Sentences s, int v, List<Party> out) {
        if (!s.isVerb(v) || !s.lemma(v).equals("accompany")) return;
        List<Integer> principals = new ArrayList<>();
        List<Integer> companions = new ArrayList<>();
        for (int o : s.children(v, "obl")) if (s.hasCase(o, "by")) companions.add(o);
        if (!companions.isEmpty()) {
            principals.addAll(s.children(v, "nsubj:pass"));
            if (s.relation(v).equals("acl") && s.head(v) >= 0) principals.add(s.head(v));
        } else {
            companions.addAll(s.children(v, "nsubj"));
            principals.addAll(s.children(v, "obj"));
        }
        Set<EntityNode> members = new LinkedHashSet<>();
        for (int c : companions) members.addAll(p.actors(s, c));
        for (int x : principals) {
            EntityNode side = p.speakers.actorAt(s, x);
            if (side != null && !members.isEmpty()) out.add(new Party(side, members));
        }
    }

    /**
     * "Standing beside President Ana Vidal, Holm called for a truce": whoever stood, sat or spoke beside a side was
     * with it where it went.
     */
    private static void beside(Participants p, Sentences s, int v, List<Party> out) {
        if (!s.isVerb(v) || !POSTURES.contains(s.lemma(v))) return;
        Set<EntityNode> members = new LinkedHashSet<>();
        for (int o : s.children(v, "obl")) if (MeetingNoun.BESIDE.stream().anyMatch(c -> s.hasCase(o, c))) members.addAll(p.actors(s, o));
        members.removeIf(m -> m.kind() != EntityKind.PERSON);
        if (members.isEmpty()) return;
        for (Speaker sp : p.speakers.of(s, v)) if (!members.contains(sp.entity())) out.add(new Party(sp.entity(), members));
    }

    private static final Set<String> POSTURES = Set.of("stand", "sit", "appear", "speak");

    /**
     * "Berg's delegation included Holm", "the Chilean delegation, which included X", "a delegation including X",
     * "X, who led the British side together with Y", "Y headed Tokyo's delegation".
     */
    private static void delegation(Participants p, Sentences s, int n, List<Party> out) {
        if (!s.tag(n).startsWith("NN") || !DELEGATIONS.contains(s.lemma(n))) return;
        EntityNode side = ownerOf(p, s, n);
        if (side == null) return;
        Set<EntityNode> members = new LinkedHashSet<>();
        int head = s.head(n);
        String rel = s.relation(n);
        // "Berg's delegation included Holm".
        if (rel.startsWith("nsubj") && head >= 0 && s.isVerb(head) && INCLUDING.contains(s.lemma(head))) {
            for (int o : s.children(head, "obj")) members.addAll(p.actors(s, o));
        }
        // "the Chilean delegation, which included X"; "a delegation including X".
        for (int c : s.children(n, "acl:relcl")) {
            if (INCLUDING.contains(s.lemma(c))) for (int o : s.children(c, "obj")) members.addAll(p.actors(s, o));
        }
        for (int c : s.children(n, "acl")) {
            if (INCLUDING.contains(s.lemma(c))) for (int o : s.children(c, "obj")) members.addAll(p.actors(s, o));
        }
        for (int m : s.children(n, "nmod")) if (s.hasCase(m, "including")) members.addAll(p.actors(s, m));
        // "X, who led the British side together with Y": the leaders of a side's delegation.
        if (rel.equals("obj") && head >= 0 && s.isVerb(head) && LEADING.contains(s.lemma(head))) {
            for (Speaker sp : p.speakers.of(s, head)) members.add(sp.entity());
            for (int o : s.children(head, "obl")) if (s.hasCase(o, "with")) members.addAll(p.actors(s, o));
        }
        members.removeIf(m -> m.kind() != EntityKind.PERSON);
        if (!members.isEmpty()) out.add(new Party(side, members));
    }

    /** Whose delegation: "Berg's", "Tokyo's", "the Chilean", "the U.S.". */
    private static EntityNode ownerOf(Participants p, Sentences s, int n) {
        for (int o : s.children(n, "nmod:poss")) {
            EntityNode e = p.speakers.actorAt(s, o);
            if (e != null) return e;
        }
        List<EntityNode> sides = p.sidesOf(s, n);
        return sides.size() == 1 ? sides.get(0) : null;
    }

    /**
     * The last meeting or visit with the side among its participants, reported in this sentence or the few before;
     * a country is also among them through a person of it.
     */
    private static EventDraft lastMeetingOf(ArticleView view, List<EventDraft> found, int sentence, EntityNode side) {
        for (int i = found.size() - 1; i >= 0; i--) {
            EventDraft e = found.get(i);
            if (e.kind != EventKind.MEETING) continue;
            int at = SceneOfEvent.sentenceOf(view, e);
            if (at < 0 || at > sentence || at < sentence - REACH) continue;
            if (e.participants.contains(side)) return e;
            if (side.kind() == EntityKind.COUNTRY && e.participants.stream().anyMatch(x -> x.country() == side)) return e;
        }
        return null;
    }
}
