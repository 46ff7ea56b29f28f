package org.actorgraph.extract;

import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Holm and Dorn told a joint news conference that the bloc was ready to open talks": speakers joined as one
 * subject of one cue make one statement, so the attitude its words show is theirs together, even where the
 * reading of "the bloc" as the own side held only for one of them.
 */
final class JointStance implements Rule {
    @Override public String name() { return "stance.joint-speakers"; }
    @Override public Phase phase() { return Phase.DETAILS; }
    @Override public String description() { return "speakers joined as the subject of one cue share the one stance their common statement shows"; }

    void apply(List<PositionDraft> positions) {
        Map<List<Object>, List<PositionDraft>> statements = new LinkedHashMap<>();
        for (PositionDraft p : positions) {
            statements.computeIfAbsent(List.of(p.sentence.index, p.cueToken, p.contentTokens), k -> new ArrayList<>()).add(p);
        }
        for (List<PositionDraft> one : statements.values()) {
            if (one.size() < 2) continue;
            PositionDraft shown = null;
            for (PositionDraft p : one) {
                if (p.stance == Stance.NEUTRAL) continue;
                if (shown != null && shown.stance != p.stance) {
                    shown = null;
                    break;
                }
                shown = p;
            }
            if (shown == null) continue;
            for (PositionDraft p : one) {
                if (p.stance != Stance.NEUTRAL) continue;
                p.stance = shown.stance;
                p.confidence = Math.min(p.confidence, shown.confidence);
                p.by(this, RuleUse.Part.STANCE);
            }
        }
    }
}
