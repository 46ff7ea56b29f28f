package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.RuleUse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an event was when its own words name no place, read from the text around it, the nearer evidence first: a
 * visit to a city in the sentence or the one before ({@code event.place-of-visit}); the one city or venue the sentence
 * names after "in" or "at" ({@code event.place-in-sentence}); a gathering the sentence refers back to
 * ({@code event.place-of-gathering}); and the scene, the place opening the paragraph ("In Washington,") or the
 * dateline ("DOHA, Jan 15 –"), for an event whose sentence names no place at all. Calls join two places and a visit's
 * place is where one went, so neither takes a scene; nor does a broadcast statement, sent from wherever its speaker
 * was, or an event still to come, held wherever it is arranged.
 */
final class SceneOfEvent implements Rule {
    private static final Set<String> CALLING = WordLists.words("calling-words.txt");
    private static final Set<String> AWAY = Set.of("visit", "visits", "trip", "tour");

    private static final Set<String> GATHERINGS = WordLists.words("gathering-references.txt");

    static final Rule AT_GATHERING = Rule.named("event.place-of-gathering", Phase.EVENTS,
            "an event at a gathering the sentence refers back to (\"the forum\", \"on the sidelines\") took place where the article named that gathering");

    static final Rule DURING_VISIT = Rule.named("event.place-of-visit", Phase.EVENTS,
            "what a visitor does in the sentence of a visit to a city, or in the next, is done in that city");

    static final Rule IN_SENTENCE = Rule.named("event.place-in-sentence", Phase.EVENTS,
            "an event with no place of its own took place in the one city or venue its sentence names after \"in\" or \"at\"");

    @Override public String name() { return "event.place-of-scene"; }
    @Override public Phase phase() { return Phase.EVENTS; }
    @Override public String description() {
        return "an event held where its sentence names no place took place where the paragraph opened (\"In Washington,\") or, else, where the dateline is";
    }

    /** Places the events of the article that happened in its scene. */
    void apply(Participants p, List<EventDraft> found, Findings findings) {
        ArticleView view = p.view;
        EntityNode dateline = dateline(p);
        for (EventDraft e : found) {
            if (e.place != null) continue;
            int i = sentenceOf(view, e);
            if (i < 0) continue;
            EntityNode visited = visitedCity(view, e, i, found);
            if (visited != null && !calling(e)) {
                e.place = visited;
                e.by(DURING_VISIT, RuleUse.Part.PLACE);
                findings.fired(DURING_VISIT, view.sentences.get(i), -1);
                continue;
            }
            EntityNode named = onlyPlaceInOrAt(p, i);
            if (named != null && !calling(e)) {
                e.place = named;
                e.by(IN_SENTENCE, RuleUse.Part.PLACE);
                findings.fired(IN_SENTENCE, view.sentences.get(i), -1);
                continue;
            }
            if (e.planned || away(e) || broadcast(view, e) || namesPlace(view, i)) continue;
            EntityNode gathering = gatheringReferredTo(p, i);
            if (gathering != null) {
                e.place = gathering;
                e.by(AT_GATHERING, RuleUse.Part.PLACE);
                findings.fired(AT_GATHERING, view.sentences.get(i), -1);
                continue;
            }
            EntityNode scene = paragraphScene(p, i);
            if (scene == null) scene = dateline;
            if (scene == null) continue;
            e.place = scene;
            e.by(this, RuleUse.Part.PLACE);
            findings.fired(this, view.sentences.get(i), -1);
        }
    }

    /**
     * "Opening the forum on Friday, Erdogan said", "told reporters on the sidelines": a sentence referring back to a
     * gathering ("the forum", "the bloc's summit", "the sidelines") is set where the article named that gathering to be
     * held, the same noun first, else the last gathering named with a place.
     */
    private static EntityNode gatheringReferredTo(Participants p, int sentence) {
        Sentences s = p.view.sentences.get(sentence);
        for (int r = 0; r < s.size(); r++) {
            String lemma = s.lemma(r).toLowerCase(Locale.ROOT);
            boolean sidelines = lemma.equals("sideline") || lemma.equals("sidelines");
            if (!s.tag(r).startsWith("NN") || !sidelines && !GATHERINGS.contains(lemma)) continue;
            if (sidelines ? s.children(r, "nmod").stream().anyMatch(m -> s.hasCase(m, "of")) : !definite(s, r)) continue;
            EntityNode same = null;
            EntityNode any = null;
            for (int k = sentence - 1; k >= 0 && same == null; k--) {
                Sentences earlier = p.view.sentences.get(k);
                for (int g = earlier.size() - 1; g >= 0; g--) {
                    String was = earlier.lemma(g).toLowerCase(Locale.ROOT);
                    if (!earlier.tag(g).startsWith("NN") || !GATHERINGS.contains(was)) continue;
                    EntityNode place = p.placeIn(earlier, g);
                    // "hosted X on the sidelines of the forum in Antalya": the place may hang on the verb the forum hangs on.
                    int v = g;
                    while (place == null && v >= 0 && !earlier.isVerb(v)) v = earlier.head(v);
                    if (place == null && v >= 0) place = p.placeIn(earlier, v);
                    if (place == null) continue;
                    if (was.equals(lemma)) {
                        same = place;
                        break;
                    }
                    if (any == null) any = place;
                }
            }
            if (same != null || any != null) return same != null ? same : any;
        }
        return null;
    }

    /**
     * "became the first Western ministers to visit Damascus, meeting Syria's leader", "... The two ministers also held
     * talks with the foreign minister": what a visitor does in the sentence of a visit to a city, or in the next one,
     * is done in that city.
     */
    private static EntityNode visitedCity(ArticleView view, EventDraft e, int sentence, List<EventDraft> found) {
        if (e.label.equals("visit")) return null;
        EntityNode city = null;
        int nearest = -1;
        for (EventDraft v : found) {
            if (v == e || !v.label.equals("visit") || v.planned || v.place == null || v.place.kind() != EntityKind.PLACE) continue;
            int j = sentenceOf(view, v);
            if (j != sentence && j != sentence - 1 || j <= nearest) continue;
            if (v.participants.stream().noneMatch(e.participants::contains)) continue;
            city = v.place;
            nearest = j;
        }
        return city;
    }

    private static boolean definite(Sentences s, int noun) {
        return s.children(noun, "det").stream().anyMatch(d -> s.lemma(d).equalsIgnoreCase("the")) || !s.children(noun, "nmod:poss").isEmpty();
    }

    private static boolean calling(EventDraft e) {
        String label = e.label.toLowerCase(Locale.ROOT);
        return label.startsWith("call") || CALLING.contains(label);
    }

    /**
     * "Safadi said after meeting his Slovenian counterpart Tanja Fajon in Amman", "speaking at her morning news
     * conference at the National Palace": the parser may hang the place on a neighbouring word, but when the sentence
     * names one city or venue after "in" or "at", and only one, that is where its event was.
     */
    private static EntityNode onlyPlaceInOrAt(Participants p, int sentence) {
        Sentences s = p.view.sentences.get(sentence);
        EntityNode only = null;
        for (Mention m : p.view.mentions) {
            if (m.sentence() != sentence || m.kind() != EntityKind.PLACE || m.demonym()) continue;
            int head = headOf(s, m);
            boolean located = locative(s, head) || (s.relation(head).startsWith("appos") || s.relation(head).startsWith("nmod")) && s.head(head) >= 0 && locative(s, s.head(head));
            if (!located) continue;
            EntityNode place = p.placeAt(s, head);
            if (place == null) continue;
            if (only != null && only != place) return null;
            only = place;
        }
        return only;
    }

    private static boolean locative(Sentences s, int t) {
        return s.hasCase(t, "in") || s.hasCase(t, "at");
    }

    private static int headOf(Sentences s, Mention m) {
        for (int t = m.begin(); t < m.end(); t++) if (s.head(t) < m.begin() || s.head(t) >= m.end()) return t;
        return m.end() - 1;
    }

    /** "said in a televised statement", "a video message": sent from wherever the speaker was, not given in the scene. */
    private static boolean broadcast(ArticleView view, EventDraft e) {
        String word = view.text.substring(e.trigger.begin(), e.trigger.end()).toLowerCase(Locale.ROOT);
        return SpeechNoun.SPOKEN.contains(word);
    }

    private static boolean away(EventDraft e) {
        return calling(e) || AWAY.contains(e.label.toLowerCase(Locale.ROOT));
    }

    static int sentenceOf(ArticleView view, EventDraft e) {
        for (Sentences s : view.sentences) if (s.span().begin() <= e.evidence.begin() && e.evidence.begin() <= s.span().end()) return s.index;
        return -1;
    }

    /** Any city, region or venue named in the sentence: the event may be there rather than in the scene. */
    private static boolean namesPlace(ArticleView view, int sentence) {
        return view.mentions.stream().anyMatch(m -> m.sentence() == sentence && m.kind() == EntityKind.PLACE && !m.demonym());
    }

    /** The place opening this sentence or one before it in its paragraph: "In Washington, ...". */
    private static EntityNode paragraphScene(Participants p, int sentence) {
        ArticleView view = p.view;
        for (int k = sentence; k >= view.paragraphStart(sentence); k--) {
            Sentences s = view.sentences.get(k);
            if (s.size() < 4 || !s.lemma(0).equalsIgnoreCase("in")) continue;
            Mention m = view.mentionAt(k, 1);
            if (m == null || m.begin() != 1 || m.kind() != EntityKind.PLACE || m.end() >= s.size() || !s.word(m.end()).equals(",")) continue;
            return p.placeAt(s, 1);
        }
        return null;
    }

    /** The place of a dateline opening the article ("GENEVA, May 12 –"), read as a sentence of its own with no verb. */
    private static EntityNode dateline(Participants p) {
        if (p.view.sentences.isEmpty()) return null;
        Sentences s = p.view.sentences.get(0);
        for (int t = 0; t < s.size(); t++) if (s.isVerb(t)) return null;
        String first = s.word(0);
        if (first.length() < 2 || !first.equals(first.toUpperCase(Locale.ROOT))) return null;
        Mention m = p.view.mentionAt(0, 0);
        return m != null && m.kind() == EntityKind.PLACE ? p.placeAt(s, 0) : null;
    }
}
