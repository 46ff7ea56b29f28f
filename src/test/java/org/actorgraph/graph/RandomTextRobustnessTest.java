package org.actorgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.nlp.NlpPipeline;
import org.actorgraph.store.ActorStore;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated input, from a fixed seed so a failure can be replayed: random Unicode, very long sentences, sentences
 * of names only or punctuation only, and news-like sentences with junk spliced in. For each, extraction and mapping
 * must not throw, the graph must conform to the shapes, and the store must accept it.
 */
class RandomTextRobustnessTest {
    private static final long SEED = 20_250_218L;
    private static final int DOCUMENTS = 30;
    private static final int MAX_TOKENS = 150;

    private static final String[] NAMES = {"Sergei Lavrov", "Lavrov", "Antony Blinken", "Kaja Kallas", "Wang Yi",
        "Moscow", "Kyiv", "Washington", "NATO", "the European Union", "Ukraine", "Russia", "the Kremlin", "Riyadh",
        "Mark Rutte", "Emmanuel Macron", "the United Nations", "Recep Tayyip Erdogan", "Beijing", "He", "She", "They"};
    private static final String[] WORDS = {"said", "warned", "talks", "met", "urged", "called", "on", "for", "against",
        "sanctions", "peace", "not", "would", "that", "the", "a", "in", "with", "and", "told", "reporters", "Tuesday",
        "February", "18", "four", "hours", "minister", "foreign", "summit", "rejected", "supported", "proposal"};
    private static final String PUNCTUATION = ".,;:!?-–—()[]{}\"'«»“”‘’…/\\*&%$#@^~|<>";
    // Code point ranges: Latin-1 and Extended, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK, Hangul,
    // combining marks, general punctuation (including zero-width and direction marks), symbols, emoji.
    private static final int[][] RANGES = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x370, 0x3ff}, {0x400, 0x4ff},
        {0x5d0, 0x5ea}, {0x600, 0x6ff}, {0x900, 0x97f}, {0xe00, 0xe7f}, {0x4e00, 0x9fff}, {0xac00, 0xd7a3},
        {0x300, 0x36f}, {0x2000, 0x206f}, {0x2190, 0x23ff}, {0x1f300, 0x1f6ff}, {0x1f900, 0x1f9ff}};

    @TempDir
    Path tmp;

    private final Random random = new Random(SEED);

    @Test
    void generatedTextNeverBreaksTheConverter() {
        List<Function<Random, String>> kinds = List.of(this::unicode, this::longSentence, this::namesOnly,
                this::punctuationOnly, this::newsWithJunk);
        ArticleExtractor extractor = new ArticleExtractor(NlpPipeline.get());
        ArticleGraphMapper mapper = new ArticleGraphMapper(new Iris());
        Shapes shapes = OntologyFiles.shapes();
        List<String> failures = new ArrayList<>();
        int positions = 0;
        try (ActorStore store = ActorStore.open(tmp.resolve("store"))) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String kind = List.of("unicode", "long", "names", "punctuation", "news").get(i % kinds.size());
                String text = kinds.get(i % kinds.size()).apply(random);
                LocalDate date = random.nextBoolean() ? LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null;
                Article article = new Article("random-" + i + "-" + kind, text, random.nextBoolean() ? "Title " + i : null,
                        date, null, null, "generated #" + i);
                try {
                    ArticleExtraction x = extractor.extract(article);
                    Model graph = mapper.map(x);
                    ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
                    if (!report.conforms()) {
                        failures.add(article.id() + " does not conform: " + report.getEntries() + "\n  text: " + text);
                        continue;
                    }
                    store.replaceArticle(new Iris().article(article.id()), graph);
                    positions += x.positions().size();
                } catch (RuntimeException e) {
                    failures.add(article.id() + " threw " + e + "\n  at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?")
                            + "\n  text: " + text);
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " of " + DOCUMENTS + " failed (seed " + SEED + "):\n"
                    + String.join("\n", failures));
            assertEquals(DOCUMENTS, store.articleCount());
        }
        System.out.println(DOCUMENTS + " generated documents converted, " + positions + " positions found");
    }

    private String unicode(Random r) {
        StringBuilder sb = new StringBuilder();
        int tokens = 5 + r.nextInt(MAX_TOKENS / 2);
        for (int t = 0; t < tokens; t++) {
            int len = 1 + r.nextInt(8);
            for (int c = 0; c < len; c++) {
                int[] range = RANGES[r.nextInt(RANGES.length)];
                sb.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
            }
            sb.append(r.nextInt(10) == 0 ? ". " : r.nextInt(15) == 0 ? "\n\n" : " ");
        }
        return sb.toString();
    }

    private String longSentence(Random r) {
        StringBuilder sb = new StringBuilder(NAMES[r.nextInt(NAMES.length)]).append(" said that");
        int tokens = MAX_TOKENS - 10 + r.nextInt(10);
        for (int t = 0; t < tokens; t++) {
            sb.append(' ').append(r.nextInt(4) == 0 ? NAMES[r.nextInt(NAMES.length)] : WORDS[r.nextInt(WORDS.length)]);
            if (r.nextInt(12) == 0) sb.append(',');
        }
        return sb.append('.').toString();
    }

    private String namesOnly(Random r) {
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(NAMES[r.nextInt(NAMES.length)]).append(r.nextBoolean() ? " " : ", ");
            sb.append(". ");
        }
        return sb.toString();
    }

    private String punctuationOnly(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(120);
        for (int i = 0; i < n; i++) {
            sb.append(PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
            if (r.nextInt(5) == 0) sb.append(' ');
        }
        return sb.toString();
    }

    // Cut on code points, never inside a surrogate pair: the reader refuses broken Unicode before it gets here.
    private static String firstCodePoints(String s, int n) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(n, s.codePointCount(0, s.length()))));
    }

    private String newsWithJunk(Random r) {
        String[] templates = {
            "%s said on Tuesday that %s would not accept %s.",
            "\"We will never %s,\" %s told reporters in %s.",
            "%s met %s in %s for talks that lasted four and a half hours.",
            "%s urged %s to %s, according to %s.",
        };
        StringBuilder sb = new StringBuilder();
        int sentences = 1 + r.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            Object[] slots = new Object[4];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = switch (r.nextInt(4)) {
                    case 0 -> NAMES[r.nextInt(NAMES.length)];
                    case 1 -> firstCodePoints(unicode(r), 1 + r.nextInt(5)).strip();
                    case 2 -> punctuationOnly(r).substring(0, 1);
                    default -> WORDS[r.nextInt(WORDS.length)];
                };
            }
            sb.append(String.format(templates[r.nextInt(templates.length)], slots)).append(' ');
        }
        return sb.toString();
    }
}
