package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.actorgraph.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small questions about one parsed sentence, asked with 0-based token positions. */
final class Sentences {
    private static final java.util.Set<String> SUBJECT_ROLES = java.util.Set.of("nsubj", "nsubj:pass", "nmod:poss", "obl:agent");
    final CoreSentence sentence;
    final List<CoreLabel> tokens;
    final SemanticGraph graph;
    final int index;

    private final String docText;

    Sentences(CoreSentence sentence, int index, String docText) {
        this.docText = docText;
        this.sentence = sentence;
        this.index = index;
        this.tokens = sentence.tokens();
        this.graph = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }

    int size() { return tokens.size(); }
    String word(int i) { return tokens.get(i).word(); }
    String lemma(int i) { return tokens.get(i).lemma().toLowerCase(Locale.ROOT); }
    String tag(int i) { return tokens.get(i).tag(); }
    String ner(int i) { return tokens.get(i).ner(); }
    int charBegin(int i) { return tokens.get(i).beginPosition(); }
    int charEnd(int i) { return tokens.get(i).endPosition(); }
    Span span() { return new Span(charBegin(0), charEnd(size() - 1)); }
    Span tokenSpan(int i) { return new Span(charBegin(i), charEnd(i)); }

    IndexedWord node(int i) {
        return graph == null ? null : graph.getNodeByIndexSafe(i + 1);
    }

    /** The relation from a token to its head, or "root"/"" when it has none. */
    String relation(int i) {
        IndexedWord n = node(i);
        if (n == null) return "";
        SemanticGraphEdge e = graph.incomingEdgeIterable(n).iterator().hasNext() ? graph.incomingEdgeIterable(n).iterator().next() : null;
        return e == null ? "root" : e.getRelation().toString();
    }

    int head(int i) {
        IndexedWord n = node(i);
        if (n == null) return -1;
        IndexedWord p = graph.getParent(n);
        return p == null ? -1 : p.index() - 1;
    }

    /** Children of a token with a relation whose name starts with {@code rel} ("nsubj" matches "nsubj:pass"). */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        IndexedWord n = node(i);
        if (n == null) return out;
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(n)) {
            String r = e.getRelation().toString();
            if (rel == null || r.equals(rel) || r.startsWith(rel + ":")) out.add(e.getDependent().index() - 1);
        }
        out.sort(Integer::compare);
        return out;
    }

    /** The root of the parse, or -1 for a sentence without one. */
    int root() {
        if (graph.getRoots().isEmpty()) return -1;
        return graph.getFirstRoot().index() - 1;
    }

    /** The token and the tokens coordinated with it ("X, Y and Z"). */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        out.addAll(children(i, "conj"));
        return out;
    }

    int child(int i, String rel) {
        List<Integer> c = children(i, rel);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /**
     * The subject of a verb; for a verb with a modal but no subject, hung loosely on a verb whose object ends right
     * before it, that object ("said the bloc's ministers would discuss it": the parser reads "ministers" as what was
     * said and "discuss" as a bare dependent); else -1.
     */
    int clauseSubject(int verb) {
        int subj = child(verb, "nsubj");
        if (subj >= 0 || !relation(verb).equals("dep")) return subj;
        int head = head(verb);
        if (head < 0 || !isVerb(head) || children(verb, "aux").stream().noneMatch(a -> tag(a).equals("MD"))) return -1;
        int firstAux = children(verb, "aux").get(0);
        for (int o : children(head, "obj")) {
            List<Integer> words = subtree(o, java.util.Set.of());
            if (o < verb && words.get(words.size() - 1) == firstAux - 1) return o;
        }
        return -1;
    }

    /** Every token below {@code i}, {@code i} included, leaving out the subtrees rooted at {@code skip}. */
    List<Integer> subtree(int i, java.util.Set<Integer> skip) {
        List<Integer> out = new ArrayList<>();
        collect(i, skip, out);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, java.util.Set<Integer> skip, List<Integer> out) {
        if (skip.contains(i) || out.contains(i)) return;
        out.add(i);
        for (int c : children(i, null)) collect(c, skip, out);
    }

    /** True when the token has a "case" marker with this lemma: "by" in "by NATO", "with" in "with Lavrov". */
    boolean hasCase(int token, String word) {
        for (int c : children(token, "case")) if (lemma(c).equals(word)) return true;
        return false;
    }

    /** True when the clause at the token opens with infinitival "to": "to meet", "(due) to hold". */
    boolean markedTo(int clause) {
        for (int m : children(clause, "mark")) if (lemma(m).equals("to")) return true;
        return false;
    }

    /** True when the token acts in its clause: a subject, a possessor, an agent, or coordinated with one. */
    boolean actsInClause(int token) {
        String rel = relation(token);
        if (SUBJECT_ROLES.contains(rel)) return true;
        if (rel.equals("conj")) return actsInClause(head(token));
        // "a readout issued by Beijing": the agent of a passive participle acts.
        return rel.equals("obl") && hasCase(token, "by") && head(token) >= 0 && tag(head(token)).equals("VBN");
    }

    boolean isVerb(int i) { return tag(i).startsWith("VB"); }
    boolean isPunct(int i) { return tag(i).matches("[.,:;'`\"()\\-]+|HYPH|-LRB-|-RRB-|``|''") ; }
    boolean isPronoun(int i) { return tag(i).startsWith("PRP"); }

    /** True when a "not", "n't", "never" or "no" hangs on the token. */
    boolean negated(int i) {
        for (int c : children(i, null)) {
            String l = lemma(c);
            if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("no")) return true;
        }
        return false;
    }

    /** The article text from token {@code from} to token {@code toExclusive}, as written. */
    String text(int from, int toExclusive) {
        return docText.substring(charBegin(from), charEnd(toExclusive - 1));
    }
}
