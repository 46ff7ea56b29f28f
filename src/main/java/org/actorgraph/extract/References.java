package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NamedMention;
import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the article refers to its entities: by name, by nationality word, as an unnamed group, and by pronouns and
 * descriptions ("he", "the foreign minister") that resolve to a person named before or to the holder of a title,
 * and first-person pronouns in a statement, which are its speaker's. Only evaluation against annotated corpora
 * asks for these, so conversion does not pay for the pronoun pass.
 */
final class References {
    private References() {}

    record Found(Span span, EntityNode entity, NamedMention.How how) {}

    static List<Found> of(ArticleView view, Speakers speakers) {
        EntityRegistry registry = speakers.registry();
        List<Found> out = new ArrayList<>();
        for (Mention m : view.mentions) {
            Sentences s = view.sentences.get(m.sentence());
            out.add(new Found(new Span(s.charBegin(m.begin()), s.charEnd(m.end() - 1)), registry.entityOf(m),
                    m.demonym() ? NamedMention.How.DEMONYM : NamedMention.How.NAME));
        }
        for (Sentences s : view.sentences) {
            for (int t = 0; t < s.size(); t++) {
                if (view.mentionAt(s.index, t) != null) continue;
                boolean pronoun = s.isPronoun(t);
                boolean description = !pronoun && Speakers.definiteTitle(s, t);
                if (!pronoun && !description) continue;
                Speaker sp = speakers.resolve(s, t);
                if (sp == null || sp.entity().kind() != EntityKind.PERSON && !Speakers.firstPerson(s, t)) continue;
                int from = t;
                if (description) for (int c : s.children(t, null)) if (c < from && !s.relation(c).equals("appos") && !s.relation(c).equals("case")) from = c;
                out.add(new Found(new Span(s.charBegin(from), s.charEnd(t)), sp.entity(),
                        pronoun ? NamedMention.How.PRONOUN : NamedMention.How.DESCRIPTION));
            }
        }
        for (EntityRegistry.GroupMention g : registry.groupMentions()) out.add(new Found(g.span(), g.group(), NamedMention.How.DESCRIPTION));
        return out;
    }
}
