package org.actorgraph.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives CoreNLP's date finder (SUTime, inside {@code ner}) only the sentences that could hold a date, a time, a
 * duration or a number.
 *
 * <p>SUTime runs its whole cascade of rules over every sentence, and that was a third of annotation; more than half
 * of the sentences of news text have no digit, no number word and no word of SUTime's rules that can stand for a
 * time by itself. For those the finder's answer is known — no expression, no number — so it is not asked. The
 * words come from SUTime's own rule files, read at start, less the words that appear there only beside a time word
 * or a number ({@code date-modifiers.txt}: "the", "next", "early"), plus the number words of CoreNLP's number finder
 * ({@code number-words.txt}). A word of the rules counts inside a longer token too ("mid-March", "biannually",
 * "three-month"). The rest of the numeric classifier (CD as NUMBER, money, percentages, ordinals) runs as before.
 *
 * <p>The finder sits in private fields of CoreNLP's classes: when a CoreNLP version lays them out differently,
 * {@link #install} leaves the pipeline as it is.
 */
final class DatePrefilter implements TimeExpressionExtractor {
    private static final String RULES = "edu/stanford/nlp/models/sutime/";
    private static final List<String> RULE_FILES = List.of("defs.sutime.txt", "english.sutime.txt", "english.holidays.sutime.txt");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    /** A map key ({@code "year":}), a regular expression given as a string, or one between slashes. */
    private static final Pattern RULE_LITERAL = Pattern.compile("\"([^\"]*)\"\\s*:|\"(/[^\"]*/)\"|(?<![\\w\"])/((?:[^/\\\\\\s]|\\\\.)+)/");
    private static final List<String> ENDINGS = List.copyOf(wordList("date-word-endings.txt"));

    private final TimeExpressionExtractor finder;
    private final Set<String> heads;

    DatePrefilter(TimeExpressionExtractor finder, Set<String> heads) {
        this.finder = finder;
        this.heads = heads;
    }

    /** Installs the prefilter in front of the pipeline's date finder; false when it could not be found. */
    static boolean install(AnnotationPipeline pipeline) {
        try {
            Field annotatorsField = AnnotationPipeline.class.getDeclaredField("annotators");
            annotatorsField.setAccessible(true);
            Field nerField = NERCombinerAnnotator.class.getDeclaredField("ner");
            nerField.setAccessible(true);
            Field nscField = NERClassifierCombiner.class.getDeclaredField("nsc");
            nscField.setAccessible(true);
            Field finderField = NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
            finderField.setAccessible(true);
            boolean installed = false;
            for (Object a : (List<?>) annotatorsField.get(pipeline)) {
                if (!(a instanceof NERCombinerAnnotator annotator)) continue;
                Object combiner = nerField.get(annotator);
                if (!(combiner instanceof NERClassifierCombiner)) continue;
                AbstractSequenceClassifier<?> nsc = (AbstractSequenceClassifier<?>) nscField.get(combiner);
                if (!(nsc instanceof NumberSequenceClassifier)) continue;
                Object finder = finderField.get(nsc);
                if (finder instanceof DatePrefilter) {
                    installed = true;
                } else if (finder instanceof TimeExpressionExtractor f) {
                    finderField.set(nsc, new DatePrefilter(f, heads()));
                    installed = true;
                }
            }
            return installed;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The words that let a sentence through: those the rule files match tokens with (between slashes, as map keys,
     * in regular expressions given as strings), and the list of words always read, less the modifiers. Code of the
     * rule files (class names, options) is not read.
     */
    static Set<String> heads() {
        Set<String> heads = new HashSet<>();
        for (String file : RULE_FILES) {
            for (String line : lines(DatePrefilter.class.getClassLoader(), RULES + file)) {
                if (line.strip().startsWith("#")) continue;
                Matcher literal = RULE_LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2) != null ? literal.group(2) : literal.group(3);
                    Matcher m = LETTERS.matcher(text);
                    while (m.find()) if (m.group().length() >= 2) heads.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        heads.removeAll(wordList("date-modifiers.txt"));
        // The rules write plurals as an optional s ("autumns?"): the word without it is read too.
        Set<String> singular = new HashSet<>();
        for (String h : heads) singular.add(withoutPluralS(h));
        heads.addAll(singular);
        heads.addAll(wordList("date-words.txt"));
        return heads;
    }

    private static String withoutPluralS(String w) {
        return w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** Whether SUTime could find anything in these tokens. */
    boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String w = t.word();
            if (w == null) continue;
            if ("CD".equals(t.tag())) return true;
            for (int i = 0; i < w.length(); i++) if (Character.isDigit(w.charAt(i))) return true;
            Matcher m = LETTERS.matcher(w.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String run = m.group();
                if (heads.contains(run) || heads.contains(withoutPluralS(run))) return true;
                for (String ending : ENDINGS) if (run.endsWith(ending)) return true;
            }
        }
        return false;
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && !mayHoldTime(tokens)) return List.of();
        return finder.extractTimeExpressionCoreMaps(sentence, document);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String documentDate) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && !mayHoldTime(tokens)) return List.of();
        return finder.extractTimeExpressionCoreMaps(sentence, documentDate);
    }

    @Override
    public void init(String name, Properties props) {
        finder.init(name, props);
    }

    @Override
    public void init(Options options) {
        finder.init(options);
    }

    @Override
    public void finalize(CoreMap document) {
        finder.finalize(document);
    }

    private static Set<String> wordList(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : lines(DatePrefilter.class.getClassLoader(), "org/actorgraph/nlp/" + resource)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) words.add(w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static List<String> lines(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is not on the classpath");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
