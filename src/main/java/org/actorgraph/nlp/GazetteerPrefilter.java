package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.MultiPatternMatcher;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets CoreNLP's fine-grained entity typing try only the gazetteer entries whose words all occur in the sentence.
 *
 * <p>CoreNLP picks the entries to try in a sentence by one word of each (its longest): every entry whose longest word
 * is "minister" is tried at every position of a sentence that says "minister", and each try builds matcher state
 * through reflection. With the 586,000 entries of the two gazetteers that was more than a quarter of a conversion's
 * time. An entry none of whose matches can exist — one of its words is not in the sentence — adds nothing to the
 * candidates CoreNLP chooses among; leaving it out keeps the others in the same order, so the choice among
 * overlapping matches (priority, length, order, offset) and the tags are the same. A word compared as a string is
 * looked up among the sentence's words; a word written as a regular expression ({@code u.s.}) is asked of each token.
 * What each entry needs is worked out the first time CoreNLP picks it and kept.
 *
 * <p>The matcher is replaced inside CoreNLP's annotator, whose fields are not public: when a CoreNLP version lays
 * them out differently, {@link #install} leaves the pipeline as it is.
 */
final class GazetteerPrefilter {
    /**
     * What an entry needs in a sentence: words as written, words case-folded when the entry ignores case, and for
     * its words written as regular expressions ({@code u.s.}), a token each matches.
     */
    private record Needed(String[] exact, String[] folded, List<NodePattern<CoreMap>> others) {}

    /** Matchers this class made, so a second install on a shared annotator changes nothing. */
    private static final Set<Object> INSTALLED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final MultiPatternMatcher<CoreMap> original;
    private final Map<SequencePattern<CoreMap>, Needed> needed = new ConcurrentHashMap<>();

    private GazetteerPrefilter(MultiPatternMatcher<CoreMap> original) {
        this.original = original;
    }

    /** Installs the prefilter in the pipeline's fine-grained typing; false when it could not be found. */
    static boolean install(AnnotationPipeline pipeline) {
        try {
            TokensRegexNERAnnotator fine = fineGrainedAnnotator(pipeline);
            if (fine == null) return false;
            Field matcherField = TokensRegexNERAnnotator.class.getDeclaredField("multiPatternMatcher");
            matcherField.setAccessible(true);
            @SuppressWarnings("unchecked")
            MultiPatternMatcher<CoreMap> original = (MultiPatternMatcher<CoreMap>) matcherField.get(fine);
            if (original == null) return false;
            if (INSTALLED.contains(original)) return true;
            GazetteerPrefilter filter = new GazetteerPrefilter(original);
            // The patterns given here are only used when there is no trigger; the trigger is the filter.
            MultiPatternMatcher.SequencePatternTrigger<CoreMap> trigger = filter::candidates;
            MultiPatternMatcher<CoreMap> pruned = new MultiPatternMatcher<CoreMap>(trigger, new ArrayList<SequencePattern<CoreMap>>());
            pruned.setMatchWithResult(original.isMatchWithResult());
            matcherField.set(fine, pruned);
            INSTALLED.add(pruned);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static TokensRegexNERAnnotator fineGrainedAnnotator(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        Field annotatorsField = AnnotationPipeline.class.getDeclaredField("annotators");
        annotatorsField.setAccessible(true);
        Field fineField = NERCombinerAnnotator.class.getDeclaredField("fineGrainedNERAnnotator");
        fineField.setAccessible(true);
        for (Object a : (List<?>) annotatorsField.get(pipeline)) {
            if (a instanceof NERCombinerAnnotator ner) {
                Object fine = fineField.get(ner);
                if (fine instanceof TokensRegexNERAnnotator t) return t;
            }
        }
        return null;
    }

    /** CoreNLP's candidates for the sentence, less those with a required word the sentence does not have. */
    private Collection<SequencePattern<CoreMap>> candidates(List<? extends CoreMap> tokens) {
        Collection<SequencePattern<CoreMap>> triggered = original.getTriggeredPatterns(tokens);
        Set<String> words = new HashSet<>();
        Set<String> folded = new HashSet<>();
        for (CoreMap t : tokens) {
            String w = t.get(CoreAnnotations.TextAnnotation.class);
            if (w == null) continue;
            words.add(w);
            folded.add(CaseFold.of(w));
        }
        Map<NodePattern<CoreMap>, Boolean> matchedNodes = new HashMap<>();
        List<SequencePattern<CoreMap>> kept = new ArrayList<>(Math.min(triggered.size(), 64));
        for (SequencePattern<CoreMap> p : triggered) {
            if (present(needed.computeIfAbsent(p, GazetteerPrefilter::neededBy), words, folded, tokens, matchedNodes)) kept.add(p);
        }
        return kept;
    }

    private static boolean present(Needed n, Set<String> words, Set<String> folded, List<? extends CoreMap> tokens,
                                   Map<NodePattern<CoreMap>, Boolean> matchedNodes) {
        for (String w : n.exact()) if (!words.contains(w)) return false;
        for (String w : n.folded()) if (!folded.contains(w)) return false;
        for (NodePattern<CoreMap> node : n.others()) {
            if (!matchedNodes.computeIfAbsent(node, x -> tokens.stream().anyMatch(x::match))) return false;
        }
        return true;
    }

    /**
     * The words every match of a pattern contains. A token matches a caseless word when {@code equalsIgnoreCase}
     * says so, which implies equal case folds, so a missing fold rules the entry out.
     */
    private static Needed neededBy(SequencePattern<CoreMap> pattern) {
        List<String> exact = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<NodePattern<CoreMap>> others = new ArrayList<>();
        Collection<NodePattern<CoreMap>> nodes = pattern.findNodePatterns(n -> n, false, false);
        for (NodePattern<CoreMap> node : nodes) {
            boolean byString = false;
            if (node instanceof CoreMapNodePattern c) {
                for (Pair<Class, NodePattern> a : c.getAnnotationPatterns()) {
                    if (a.first() == CoreAnnotations.TextAnnotation.class
                            && a.second() instanceof ComplexNodePattern.StringAnnotationPattern s && !s.normalize()) {
                        if (s.ignoreCase()) folded.add(CaseFold.of(s.getString()));
                        else exact.add(s.getString());
                        byString = true;
                    }
                }
            }
            // Any other node is asked itself whether some token of the sentence matches it.
            if (!byString) others.add(node);
        }
        return new Needed(exact.toArray(new String[0]), folded.toArray(new String[0]), List.copyOf(others));
    }
}
