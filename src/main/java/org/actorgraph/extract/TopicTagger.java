package org.actorgraph.extract;

import org.actorgraph.nlp.CaseFold;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Assigns topics from the SKOS scheme in {@code ontology/topics.ttl}: a topic applies when the stated text contains
 * one of its trigger words, or, for a relation topic, a name from each of its sides (the speaker's own country
 * counts as named, since "Western capitals have taken steps" said by a Russian minister is about Russia and the West).
 * A topic's {@code skos:hiddenLabel}s are words too general to name it beside an unrelated topic ("negotiations"): they
 * name it in a text that names no topic otherwise or only topics it is {@code skos:related} to, and only as written (in
 * lower case).
 */
final class TopicTagger {
    private record Topic(String iri, List<Word> triggers, List<Word> generic, Set<String> related, List<List<Word>> sides,
                         List<Reference> references) {}

    /**
     * A label of two words whose first word is itself one of the topic's words ("peace agreement", "trade deal"),
     * and the pattern of a later definite reference to the same thing by its second word ("the agreement").
     */
    private record Reference(Word label, Pattern definite, List<String> heads) {
        /** Whether the text refers back; the regular expression runs only where one of its nouns is written. */
        boolean in(String stated, String folded) {
            for (String h : heads) if (folded.contains(h)) return definite.matcher(stated).find();
            return false;
        }
    }

    /**
     * A word or phrase of the scheme, found as a whole word. The regular expression is tried only where a plain
     * substring search of the case-folded text finds the word: dozens of expressions with look-arounds per sentence
     * were an eighth of a conversion's time, and a text without the word as a substring cannot match it.
     */
    private record Word(Pattern regex, String needle, boolean caseSensitive) {
        boolean in(Text text) {
            String haystack = caseSensitive ? text.plain() : text.folded();
            return haystack.contains(needle) && regex.matcher(text.plain()).find();
        }
    }

    /**
     * A text and its case fold, code point by code point, the way a case-insensitive Unicode regular expression
     * compares characters, so a substring of the fold is necessary for a match.
     */
    private record Text(String plain, String folded) {
        static Text of(String s) {
            return new Text(s, CaseFold.of(s));
        }
    }

    /** A topic of a text, and whether it was named through its sides rather than a trigger word. */
    record Match(String iri, boolean bySides) {}

    private static volatile TopicTagger shared;
    private final List<Topic> topics = new ArrayList<>();

    /** The scheme is read once per JVM. */
    static TopicTagger get() {
        if (shared == null) {
            synchronized (TopicTagger.class) {
                if (shared == null) shared = new TopicTagger();
            }
        }
        return shared;
    }

    private TopicTagger() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = TopicTagger.class.getResourceAsStream("/ontology/topics.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/topics.ttl is not on the classpath");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // "the truce" names the ceasefire by itself: a noun that is a topic's label stands for no other agreement.
        Set<String> standIns = new HashSet<>(AGREEMENTS);
        for (Statement st : m.listStatements(null, SKOS.altLabel, (RDFNode) null).toList()) standIns.remove(st.getString().toLowerCase(Locale.ROOT));
        for (Statement st : m.listStatements(null, SKOS.prefLabel, (RDFNode) null).toList()) standIns.remove(st.getString().toLowerCase(Locale.ROOT));
        for (Resource t : m.listSubjectsWithProperty(RDF.type, AG.Topic).toList()) {
            List<Word> triggers = new ArrayList<>();
            for (Statement st : t.listProperties(SKOS.prefLabel).toList()) triggers.add(word(st.getString()));
            for (Statement st : t.listProperties(SKOS.altLabel).toList()) triggers.add(word(st.getString()));
            List<Word> generic = new ArrayList<>();
            // A general word written with a capital is part of a name: "the Nobel Peace Prize", "Peace Talks Ltd".
            for (Statement st : t.listProperties(SKOS.hiddenLabel).toList()) generic.add(lowerCaseWord(st.getString()));
            Set<String> related = new HashSet<>();
            for (Statement st : t.listProperties(SKOS.related).toList()) related.add(st.getResource().getURI());
            List<List<Word>> sides = new ArrayList<>();
            for (Statement st : t.listProperties(AG.involves).toList()) {
                List<Word> side = new ArrayList<>();
                RDFList list = st.getObject().as(RDFList.class);
                for (RDFNode n : list.asJavaList()) side.add(word(n.asLiteral().getString()));
                sides.add(side);
            }
            topics.add(new Topic(t.getURI(), triggers, generic, related, sides, references(t, standIns)));
        }
    }

    private static final Set<String> AGREEMENTS = WordLists.words("agreement-triggers.txt");

    private static List<Reference> references(Resource t, Set<String> standIns) {
        Set<String> own = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (org.apache.jena.rdf.model.Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement st : t.listProperties(p).toList()) {
                String l = st.getString();
                if (!l.contains(" ")) own.add(l.toLowerCase(Locale.ROOT));
                if (p != SKOS.hiddenLabel) labels.add(l);
            }
        }
        List<Reference> out = new ArrayList<>();
        // "Israel and Hamas have agreed to a ceasefire ... the cabinet will approve the deal": agreeing to the thing a
        // one-word label names makes it the agreement later referred to.
        String agreements = String.join("|", standIns);
        for (String l : labels) {
            if (l.contains(" ") || !l.matches("\\p{Ll}{4,}")) continue;
            Pattern agreedTo = Pattern.compile("(?<![\\p{L}])agree(?:s|d|ing)? (?:to|on) (?:a|an|the) (?:\\p{L}+ )?" + Pattern.quote(l) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out.add(new Reference(new Word(agreedTo, CaseFold.of(l), false), Pattern.compile("(?<![\\p{L}])(?:the|this|that|its|their|\\p{L}+'s|\\p{L}+’s)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:" + agreements + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), folded(standIns)));
        }
        for (String l : labels) {
            String[] words = l.split(" ");
            if (words.length != 2 || !own.contains(words[0].toLowerCase(Locale.ROOT)) || !words[1].matches("\\p{Ll}{4,}")) continue;
            // "the agreement", "the new agreement", "Friday's agreement": one word may come between. A "peace
            // agreement" is also "the accord" or "the deal" later: the nouns of a concluded agreement stand for each other.
            Set<String> nouns = standIns.contains(words[1]) ? standIns : Set.of(words[1]);
            String heads = standIns.contains(words[1]) ? String.join("|", standIns) : Pattern.quote(words[1]);
            out.add(new Reference(word(l), Pattern.compile("(?<![\\p{L}])(?:the|this|that|its|their|\\p{L}+'s|\\p{L}+’s)\\s+(?:\\p{L}+\\s+)?"
                    + "(?:" + heads + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), folded(nouns)));
        }
        return out;
    }

    private static List<String> folded(Set<String> nouns) {
        return nouns.stream().map(CaseFold::of).toList();
    }

    /**
     * The topics whose two-word label ("peace agreement") {@code before} names, and to whose thing {@code stated}
     * refers back by the label's second word with a determiner ("the agreement was honoured").
     */
    List<Match> referredTo(String stated, String before) {
        // The text before is folded only for a statement that refers back at all: every sentence of a long article
        // asks, and folding all that came before each one would grow with the square of its length.
        Text earlier = null;
        String folded = CaseFold.of(stated);
        List<Match> out = new ArrayList<>();
        for (Topic t : topics) {
            for (Reference r : t.references()) {
                if (!r.in(stated, folded)) continue;
                if (earlier == null) earlier = Text.of(before);
                if (r.label().in(earlier)) {
                    out.add(new Match(t.iri(), false));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The topics a stretch of context (a sentence, a paragraph) names in specific words, and after them those it refers
     * back to ("the agreement") that {@code before} named.
     */
    List<Match> namedOrReferredTo(String text, String before) {
        List<Match> out = new ArrayList<>(topicsOf(text, List.of(), false));
        for (Match m : referredTo(text, before)) if (out.stream().noneMatch(n -> n.iri().equals(m.iri()))) out.add(m);
        return out;
    }

    private static Word word(String word) {
        boolean caseSensitive = word.length() <= 3 && word.equals(word.toUpperCase(Locale.ROOT));
        String p = "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])";
        return caseSensitive
                ? new Word(Pattern.compile(p), word, true)
                : new Word(Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), CaseFold.of(word), false);
    }

    private static Word lowerCaseWord(String word) {
        String p = "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])";
        return new Word(Pattern.compile(p), word, true);
    }

    /** IRIs of the topics of a stated text; {@code context} names what else counts as named (the speaker's country). */
    List<Match> topicsOf(String stated, List<String> context) {
        return topicsOf(stated, context, true);
    }

    /**
     * As {@link #topicsOf(String, List)}; without {@code general}, a topic's general words do not count, as for a
     * sentence or paragraph around a statement, where "talks" may be any talks.
     */
    List<Match> topicsOf(String stated, List<String> context, boolean general) {
        return topicsOf(stated, context, general, Set.of());
    }

    /**
     * As {@link #topicsOf(String, List, boolean)}, with the topics of the text's surroundings ({@code around}, the
     * article's themes): in an article on trade talks, "the talks went well" names no peace negotiations.
     */
    List<Match> topicsOf(String stated, List<String> context, boolean general, Set<String> around) {
        Text text = Text.of(stated);
        List<Match> out = named(text, context);
        if (!general) return out;
        // "negotiations" are peace negotiations beside a war ("negotiations on Ukraine"), not beside trade.
        for (Topic t : topics) {
            if (out.stream().anyMatch(m -> m.iri().equals(t.iri()))) continue;
            if (!out.stream().allMatch(m -> t.related().contains(m.iri()))) continue;
            if (!around.stream().allMatch(iri -> iri.equals(t.iri()) || t.related().contains(iri))) continue;
            if (t.generic().stream().anyMatch(w -> w.in(text))) out.add(new Match(t.iri(), false));
        }
        return out;
    }

    private List<Match> named(Text text, List<String> context) {
        List<Match> out = new ArrayList<>();
        Text withContext = context.isEmpty() ? text : Text.of(text.plain() + " | " + String.join(" | ", context));
        for (Topic t : topics) {
            boolean hit = t.triggers().stream().anyMatch(w -> w.in(text));
            boolean bySides = false;
            if (!hit && !t.sides().isEmpty()) {
                hit = bySides = t.sides().stream().allMatch(side -> side.stream().anyMatch(w -> w.in(withContext)))
                        && t.sides().stream().anyMatch(side -> side.stream().anyMatch(w -> w.in(text)));
            }
            if (hit) out.add(new Match(t.iri(), bySides));
        }
        return out;
    }
}
