package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.testing.ChildJvm;
import org.actorgraph.testing.Fixtures;
import org.actorgraph.testing.StoreDumps;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A converter killed with SIGKILL in the middle of a batch: every article graph in the store is complete or absent,
 * rerunning the same command converts only the rest, and the result equals a clean run. A second rerun finds nothing
 * to do and does not load the NLP models.
 */
class KilledConversionTest {
    /**
     * More than two of the converter's write batches (up to 16 articles finishing within a second of each other are
     * stored in one transaction): on a fast machine a dozen small articles all land in the first batch, before the
     * first progress line, and no kill can fall in the middle.
     */
    private static final int ARTICLES = 40;
    private static final int KILL_AFTER = 3;
    private static final Pattern PROGRESS = Pattern.compile("^\\[\\d+] ");
    private static final Pattern SKIPPED = Pattern.compile("; (\\d+) unchanged article\\(s\\) skipped");

    private static final String[][] PEOPLE = {
        {"Sergei Lavrov", "Lavrov", "foreign minister", "Russia", "Moscow"},
        {"Antony Blinken", "Blinken", "secretary of state", "the United States", "Washington"},
        {"Kaja Kallas", "Kallas", "foreign policy chief", "the European Union", "Brussels"},
        {"Wang Yi", "Wang", "foreign minister", "China", "Beijing"},
        {"Hakan Fidan", "Fidan", "foreign minister", "Turkey", "Ankara"},
        {"Mark Rutte", "Rutte", "secretary general", "NATO", "Brussels"},
    };
    private static final String[] TOPICS = {"the sanctions", "peace negotiations", "energy supplies", "the ceasefire",
        "grain exports", "arms control"};
    private static final String[] CUES = {"said", "warned", "argued", "insisted", "stressed", "noted"};
    private static final String[] CITIES = {"Riyadh", "Geneva", "Istanbul", "Vienna", "Doha", "Helsinki"};

    @TempDir
    Path tmp;

    /** Small articles, each different, with positions and a meeting. */
    static Path writeArticles(Path dir, int count) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String[] a = PEOPLE[i % PEOPLE.length];
            String[] b = PEOPLE[(i / PEOPLE.length + i + 1) % PEOPLE.length];
            String text = String.format(Locale.ROOT,
                    "%s, the %s, %s on Tuesday that %s would not accept any deal on %s without guarantees number %d. "
                            + "%s met %s in %s for talks that lasted %d hours. "
                            + "%s later %s that %s had to respect its commitments on %s.",
                    a[0], a[2], CUES[i % CUES.length], a[3], TOPICS[i % TOPICS.length], i,
                    a[1], b[0], CITIES[i % CITIES.length], 2 + i % 5,
                    b[1], CUES[(i + 2) % CUES.length], a[4], TOPICS[(i + 3) % TOPICS.length]);
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "article-%03d.txt", i)), text);
        }
        return dir;
    }

    @Test
    void killedMidBatchLeavesOnlyCompleteArticlesAndTheRerunEqualsACleanRun() throws Exception {
        Path articles = writeArticles(tmp.resolve("articles"), ARTICLES);
        Path clean = tmp.resolve("clean");
        Path killed = tmp.resolve("killed");

        CliRun cleanRun = CliRun.of("convert", articles.toString(), "--store", clean.toString());
        assertEquals(0, cleanRun.exit(), cleanRun.err());
        System.out.println("Clean run: " + cleanRun.err().lines().filter(l -> l.startsWith("Converted ")).findFirst().orElse(""));
        Dataset expected = StoreDumps.copy(clean);

        int progressSeen = 0;
        try (ChildJvm child = ChildJvm.start("3g", "convert", articles.toString(), "--store", killed.toString())) {
            while (progressSeen < KILL_AFTER) {
                String line = child.nextErrLine(180);
                if (line == null) {
                    throw new AssertionError("no progress from the converter; stderr:\n" + child.err());
                }
                if (PROGRESS.matcher(line).find()) {
                    progressSeen++;
                }
            }
            child.kill();
        }

        // Reopening recovers the store; every article graph is the clean run's graph, or absent.
        Dataset afterKill = StoreDumps.copy(killed);
        Shapes shapes = OntologyFiles.shapes();
        Iris iris = new Iris();
        List<String> complete = new ArrayList<>();
        for (String name : Fixtures.graphNames(afterKill)) {
            if (name.equals(AG.ONTOLOGY_GRAPH) || name.equals(AG.NAMES_GRAPH) || name.equals(AG.SUMMARY_GRAPH)) {
                continue;
            }
            assertTrue(expected.containsNamedModel(name), "unexpected graph " + name);
            Model g = afterKill.getNamedModel(name);
            ValidationReport report = ShaclValidator.get().validate(shapes, g.getGraph());
            assertTrue(report.conforms(), name + " does not conform: " + report.getEntries());
            assertTrue(g.isIsomorphicWith(expected.getNamedModel(name)), name + " is not complete");
            complete.add(name);
        }
        assertTrue(complete.size() >= KILL_AFTER && complete.size() < ARTICLES,
                "killed mid-batch: " + complete.size() + " of " + ARTICLES + " articles stored");
        assertTrue(complete.contains(iris.article("article-000")));

        // The same command again: only the rest is converted.
        CliRun rerun = CliRun.of("convert", articles.toString(), "--store", killed.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(complete.size(), skipped(rerun.err()), rerun.err());
        assertTrue(rerun.err().contains("Converted " + (ARTICLES - complete.size()) + " article(s)"), rerun.err());
        Dataset resumed = StoreDumps.copy(killed);
        assertEquals(StoreDumps.canonicalNQuads(expected), StoreDumps.canonicalNQuads(resumed));
        assertTrue(StoreDumps.sameData(expected, resumed));
        System.out.printf("SIGKILL after %d progress lines: %d of %d articles complete, none partial; rerun converted %d%n",
                progressSeen, complete.size(), ARTICLES, ARTICLES - complete.size());

        // Once more in a fresh process: nothing to do, and the NLP models are never loaded.
        long start = System.nanoTime();
        try (ChildJvm again = ChildJvm.start("1g", "convert", articles.toString(), "--store", killed.toString())) {
            assertEquals(0, again.waitFor(120), again.err());
            String summary = again.err().lines().filter(l -> l.startsWith("Converted ")).findFirst().orElse("");
            assertTrue(summary.startsWith("Converted 0 article(s)"), again.err());
            assertTrue(summary.contains("NLP models not loaded"), summary);
            assertEquals(ARTICLES, skipped(summary), summary);
        }
        System.out.printf("Rerun with everything unchanged: %.1f s in a fresh JVM%n", (System.nanoTime() - start) / 1e9);
        assertTrue(StoreDumps.sameData(expected, StoreDumps.copy(killed)));
    }

    private static int skipped(String err) {
        Matcher m = SKIPPED.matcher(err);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
