package org.actorgraph.nlp;

import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArraySet;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;

/**
 * CoreNLP's neural dependency parse, keeping the basic dependencies only: the extractor reads no other. CoreNLP's own
 * {@code depparse} also derives the collapsed, CC-processed, enhanced and enhanced++ graphs of every sentence, which
 * took a fifth of the parser's time and a twelfth of all annotation. The parser, its model and the basic graph are
 * CoreNLP's, made the same way, so the graph is the same. Configured by the {@code depparse.*} properties.
 */
public final class BasicDependencyParse extends SentenceAnnotator {
    private final DependencyParser parser;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public BasicDependencyParse(String name, Properties properties) {
        Properties p = PropertiesUtils.extractPrefixedProperties(properties, "depparse.");
        parser = DependencyParser.loadFromModelFile(
                PropertiesUtils.getString(p, "model", DependencyParser.DEFAULT_MODEL), p);
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return -1;
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // No time limit is set, so no sentence fails.
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Collections.unmodifiableSet(new ArraySet<>(Arrays.asList(CoreAnnotations.TextAnnotation.class,
                CoreAnnotations.IndexAnnotation.class, CoreAnnotations.ValueAnnotation.class,
                CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.SentenceIndexAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class)));
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Collections.singleton(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
}
