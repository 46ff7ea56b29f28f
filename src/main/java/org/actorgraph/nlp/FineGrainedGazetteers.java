package org.actorgraph.nlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The gazetteers behind CoreNLP's fine-grained entity types (COUNTRY, CITY, NATIONALITY, TITLE, …), reduced to
 * their literal entries.
 *
 * <p>The two KBP gazetteers CoreNLP ships hold about 586,000 entries, of which about 1,300 are regular expressions
 * (US state abbreviations with optional dots, "secretary of .*", forms joined with "/" in several scripts). A token
 * sequence can be looked up among the literal entries at once, but every regular expression is tried at every token,
 * and those 1,300 made fine-grained typing take two thirds of the whole pipeline's time. Dropping them makes
 * annotation 2.3 to 2.7 times faster; the entries ActorGraph relies on (countries, capitals, nationalities, job
 * titles) are literal. An escaped dot ({@code u\.s\.}) is the one escape kept, written as the dot it stands for, so
 * "U.S." and "Gen." are still typed.
 *
 * <p>The reduced files are written once into the cache directory (next to the DBpedia title index) and reused; their
 * names carry the size of the source gazetteer, so another model jar gets its own.
 */
public final class FineGrainedGazetteers {
    static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
    /** The options CoreNLP's own default mapping gives the caseless file. */
    private static final String CASELESS_OPTIONS = "ignorecase=true,validpospattern=(NN|JJ|ADD).*,";
    private static final Pattern REGEX_SYNTAX = Pattern.compile("[\\[\\](){}*+?|^$.\\\\]");
    private static final int FORMAT = 1;

    private FineGrainedGazetteers() {}

    /**
     * The value for {@code ner.fine.regexner.mapping}: the literal entries of CoreNLP's two gazetteers, with the
     * options CoreNLP gives them by default.
     */
    public static String literalMapping() {
        return CASELESS_OPTIONS + literalCopy(CASELESS) + ";" + literalCopy(CASED);
    }

    /** Whether a gazetteer pattern is a literal token sequence once escaped dots are read as dots. */
    static boolean isLiteral(String pattern) {
        return !REGEX_SYNTAX.matcher(pattern.replace("\\.", "")).find();
    }

    /**
     * Copies the literal lines of one gazetteer, turning {@code \.} into a dot. A line whose pattern is literal is
     * kept whole (type, overwritable types and priority unchanged).
     */
    static void writeLiteral(BufferedReader in, BufferedWriter out) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int tab = line.indexOf('\t');
            if (tab <= 0) continue;
            String pattern = line.substring(0, tab);
            if (!isLiteral(pattern)) continue;
            out.write(pattern.replace("\\.", "."));
            out.write(line, tab, line.length() - tab);
            out.newLine();
        }
    }

    private static Path literalCopy(String resource) {
        URL source = FineGrainedGazetteers.class.getClassLoader().getResource(resource);
        if (source == null) {
            throw new IllegalStateException("CoreNLP's gazetteer " + resource
                    + " is not on the classpath: the stanford-corenlp models jar is needed");
        }
        try {
            URLConnection c = source.openConnection();
            String name = resource.substring(resource.lastIndexOf('/') + 1).replace(".tab", "");
            Path dir = WikiTitles.cacheDirectory();
            Path file = dir.resolve("fine-ner-" + name + "-literal-" + FORMAT + "-" + c.getContentLengthLong() + ".tab");
            if (Files.isRegularFile(file)) return file;
            CacheFiles.writeAtomically(file, tmp -> {
                try (InputStream raw = c.getInputStream();
                     BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
                     BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    writeLiteral(in, out);
                }
            });
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fine-grained entity gazetteers into "
                    + WikiTitles.cacheDirectory() + " (set -D" + WikiTitles.CACHE_PROPERTY + "=DIR to use another directory)", e);
        }
    }
}
