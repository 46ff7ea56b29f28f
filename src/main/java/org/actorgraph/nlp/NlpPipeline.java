package org.actorgraph.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.LocalDate;
import java.util.Properties;

/**
 * The CoreNLP pipeline ActorGraph needs: tokens, sentences, parts of speech, lemmas, fine-grained named entities
 * with normalised dates, and basic dependency parses (only those: {@link BasicDependencyParse}). Statistical coreference is left out on purpose: it merges
 * pronouns across different people, which is the one error a graph of who-said-what cannot afford; speaker
 * resolution is done by the extractor instead. Fine-grained types come from the literal entries of CoreNLP's
 * gazetteers only ({@link FineGrainedGazetteers}), which makes annotation more than twice as fast.
 *
 * <p>Loading takes seconds and more than a gigabyte of heap, so one instance is built and shared; it is thread-safe.
 */
public final class NlpPipeline {
    /** Set to {@code false} to run CoreNLP's fine-grained typing without {@link GazetteerPrefilter}, for comparison. */
    public static final String GAZETTEER_PREFILTER = "actorgraph.gazetteerPrefilter";
    /** Set to {@code false} to give every sentence to SUTime, without {@link DatePrefilter}, for comparison. */
    public static final String DATE_PREFILTER = "actorgraph.datePrefilter";
    private static volatile NlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;
    private final boolean prefiltersInstalled;

    private NlpPipeline() {
        long start = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,basicdepparse");
        p.setProperty("customAnnotatorClass.basicdepparse", BasicDependencyParse.class.getName());
        p.setProperty("tokenize.options", "invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "true");
        p.setProperty("ner.fine.regexner.mapping", FineGrainedGazetteers.literalMapping());
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        pipeline = new StanfordCoreNLP(p);
        boolean gazetteer = !"false".equals(System.getProperty(GAZETTEER_PREFILTER)) && GazetteerPrefilter.install(pipeline);
        boolean dates = !"false".equals(System.getProperty(DATE_PREFILTER)) && DatePrefilter.install(pipeline);
        prefiltersInstalled = gazetteer && dates;
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The pipeline of this JVM, loaded on first use. */
    public static NlpPipeline get() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                if (shared == null) shared = new NlpPipeline();
                p = shared;
            }
        }
        return p;
    }

    public static boolean isLoaded() {
        return shared != null;
    }

    /** Whether both of CoreNLP's slow steps run behind their prefilters ({@link GazetteerPrefilter}, {@link DatePrefilter}). */
    public boolean prefiltersInstalled() {
        return prefiltersInstalled;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /**
     * Annotates a text. When the article date is known it anchors relative dates ("on Tuesday"); when it is not,
     * dates keep an unknown year rather than borrowing today's. A line break ends a sentence unless the text is
     * wrapped at a fixed width ({@link LineBreaks}), and a dateline is a sentence of its own ({@link Datelines}).
     */
    public CoreDocument annotate(String text, LocalDate articleDate) {
        CoreDocument doc = new CoreDocument(Datelines.asOwnSentences(LineBreaks.forSentenceSplitting(text)));
        if (articleDate != null) {
            doc.annotation().set(edu.stanford.nlp.ling.CoreAnnotations.DocDateAnnotation.class, articleDate.toString());
        }
        pipeline.annotate(doc);
        return doc;
    }
}
