package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.actorgraph.article.ArticleReader;
import org.actorgraph.graph.Iris;
import org.actorgraph.store.ActorStore;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch holding every kind of bad input at once, next to good articles, converted into a store that already
 * holds an article: each bad input gets one line naming its file (and line), the good articles are converted, the
 * stored article is untouched and the exit code is 1.
 */
class BadInputCatalogueTest {
    private static final String GOOD = "Mark Rutte said the alliance would defend every ally.";

    @TempDir
    static Path tmp;
    static Path in;
    static Path store;
    static CliRun run;
    static String keptBefore;

    @BeforeAll
    static void convertTheCatalogue() throws Exception {
        store = tmp.resolve("store");
        Path earlier = Files.writeString(tmp.resolve("kept.txt"), "Antonio Guterres urged both sides to respect the ceasefire.");
        assertEquals(0, CliRun.of("convert", earlier.toString(), "--store", store.toString()).exit());
        try (ActorStore s = ActorStore.open(store)) {
            keptBefore = nquads(s, new Iris().article("kept"));
        }

        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), GOOD);
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), " \n\t \r\n");
        byte[] binary = new byte[4096];
        new Random(6).nextBytes(binary);
        Files.write(in.resolve("binary.txt"), binary);
        Files.write(in.resolve("latin1.txt"),
                "Le ministre a d\u00e9clar\u00e9 que la France soutient l'Ukraine.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("bom.txt"), ("\uFEFF" + "Kaja Kallas said that the European Union would keep its sanctions.")
                .getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] sentence = "Lavrov said the talks were useful. ".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 5L * 1024 * 1024; written += sentence.length) out.write(sentence);
        }
        Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html>\n<html><head><title>News</title></head>"
                + "<body><p>Mark Rutte said the alliance was united.</p></body></html>");
        Files.writeString(in.resolve("fragment.txt"), "<div class=\"story\"><p>Mark Rutte said the alliance was united.</p>"
                + "<p>He spoke in <a href=\"/brussels\">Brussels</a>.</p></div>");
        Files.writeString(in.resolve("batch.jsonl"), String.join("\n",
                "{\"id\": \"j1\", \"text\": \"Antonio Guterres urged both sides to respect the ceasefire.\"}",
                "{\"id\": \"j2\", \"text\": ",
                "[1, 2, 3]",
                "{\"id\": \"j4\"}",
                "{\"id\": \"j5\", \"text\": \"Mark Rutte said so.\", \"date\": \"yesterday\"}",
                "{\"id\": \"j6\", \"text\": \"broken \\ud800 surrogate said Lavrov.\"}",
                "{\"id\": \"j1\", \"text\": \"Mark Rutte said it again.\"}",
                "{\"id\": \"j8\", \"text\": \"<html><body><p>Lavrov said hello.</p></body></html>\"}",
                "{\"id\": \"../../etc/passwd\", \"text\": \"Mark Rutte said the path was safe.\"}",
                "{\"id\": \"a b<c>\\\"{}|^`#?%/\\\\ \\u00e9 1\", \"text\": \"Kaja Kallas said the id was odd.\"}",
                "{\"id\": \"A-B-C-E\", \"text\": \"Kaja Kallas said the id was plain.\"}",
                "{\"id\": \"a.b.c.e\", \"text\": \"Kaja Kallas said the id collided.\"}"));
        Files.writeString(in.resolve("nothing.jsonl"), "\n\n");
        Files.write(in.resolve("latin1.jsonl"), ("{\"id\": \"l1\", \"text\": \"Le ministre a d\u00e9clar\u00e9.\"}\n"
                + "{\"id\": \"l2\", \"text\": \"Mark Rutte said the second line was fine.\"}\n").getBytes(StandardCharsets.ISO_8859_1));
        try (OutputStream out = Files.newOutputStream(in.resolve("longline.jsonl"))) {
            out.write("{\"id\": \"long\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 5L * 1024 * 1024; written += chunk.length) out.write(chunk);
            out.write("\"}\n{\"id\": \"after-long\", \"text\": \"Kaja Kallas said the next line was read.\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path locked = Files.writeString(in.resolve("locked.txt"), GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Duplicate id across folders, a link loop back to the top, a link to itself and a dangling link.
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.writeString(sub.resolve("good.txt"), "Kaja Kallas said this was another article.");
        Files.createSymbolicLink(sub.resolve("loop"), in);
        Files.createSymbolicLink(in.resolve("self.txt"), in.resolve("self.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("no-such-target.txt"));

        run = CliRun.of("convert", in.toString(), "--store", store.toString());
        System.out.println(run.err());
    }

    private static String nquads(ActorStore s, String graph) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, s.graph(graph), org.apache.jena.riot.Lang.NTRIPLES);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().collect(Collectors.joining("\n"));
    }

    private static List<String> errorLines() {
        return run.err().lines().filter(l -> l.startsWith("error: ")).toList();
    }

    private static void assertOneError(String fileAndLine, String message) {
        List<String> lines = errorLines().stream().filter(l -> l.contains(fileAndLine + ": ")).toList();
        assertEquals(1, lines.size(), fileAndLine + " in\n" + run.err());
        assertTrue(lines.get(0).contains(message), lines.get(0));
    }

    private static String in(String name) {
        return in.resolve(name).toString();
    }

    @Test
    void theBatchFinishesWithExitCodeOne() {
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().lines().reduce((a, b) -> b).orElse("").startsWith("Converted "), run.err());
    }

    @Test
    void emptyAndBlankFiles() {
        assertOneError(in("empty.txt"), "empty article");
        assertOneError(in("blank.txt"), "empty article");
        assertOneError(in("nothing.jsonl"), "empty file");
    }

    @Test
    void binaryAndNonUtf8Files() {
        assertOneError(in("binary.txt"), "binary data");
        assertOneError(in("latin1.txt"), "not valid UTF-8");
        assertOneError(in("latin1.jsonl") + ":1", "not valid UTF-8");
        assertTrue(run.err().contains("l2: "), "the line after a Latin-1 line is still read");
    }

    @Test
    void aByteOrderMarkIsDropped() {
        try (ActorStore s = ActorStore.open(store)) {
            String text = s.graph(new Iris().article("bom")).getRequiredProperty(
                    s.graph(new Iris().article("bom")).createResource(new Iris().article("bom")), AG.nifIsString).getString();
            assertTrue(text.startsWith("Kaja Kallas"), text);
        }
    }

    @Test
    void oversizedArticlesAreRefusedWithTheLimit() {
        assertOneError(in("huge.txt"), "article too large");
        assertTrue(run.err().contains(String.format("%,d bytes", ArticleReader.MAX_ARTICLE_BYTES)), run.err());
        assertOneError(in("longline.jsonl") + ":1", "line too long");
        assertTrue(run.err().contains("after-long: "), "the line after the long one is still read");
    }

    @Test
    void htmlIsRefused() {
        assertOneError(in("page.txt"), "looks like HTML");
        assertOneError(in("fragment.txt"), "looks like HTML");
        assertOneError(in("batch.jsonl") + ":8", "looks like HTML");
    }

    @Test
    void malformedJsonLines() {
        assertOneError(in("batch.jsonl") + ":2", "not a complete JSON object");
        assertOneError(in("batch.jsonl") + ":3", "expected a JSON object");
        assertOneError(in("batch.jsonl") + ":4", "missing or empty \"text\"");
        assertOneError(in("batch.jsonl") + ":5", "not an ISO date");
        assertOneError(in("batch.jsonl") + ":6", "unpaired surrogate");
    }

    @Test
    void duplicateIds() {
        assertOneError(in("batch.jsonl") + ":7", "duplicate article id \"j1\"");
        assertOneError(in("sub/good.txt"), "duplicate article id \"good\"");
    }

    @Test
    void unreadableFile() {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "running as root: file permissions do not stop reading");
        assertOneError(in("locked.txt"), "permission denied");
    }

    @Test
    void linkLoopsAreReportedAndNotFollowed() {
        assertOneError(in("sub/loop"), "symbolic link loop");
        assertOneError(in("self.txt"), "symbolic link loop");
        assertOneError(in("dangling.txt"), "broken symbolic link");
        // The loop leads back to files already read; none is read twice.
        assertEquals(1, run.err().lines().filter(l -> l.contains("] good: ")).count(), run.err());
    }

    @Test
    void idsUnsafeInIrisBecomeSafeIrisAndCollisionsAreRefused() throws Exception {
        assertOneError(in("batch.jsonl") + ":12", "gives the same IRI");
        Path nq = tmp.resolve("export.nq");
        assertEquals(0, CliRun.of("export", "--store", store.toString(), "--format", "nquads", "--out", nq.toString()).exit());
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, nq.toString());
        Set<String> names = Set.copyOf(org.actorgraph.testing.Fixtures.graphNames(back));
        assertTrue(names.contains(new Iris().article("../../etc/passwd")), names.toString());
        assertTrue(names.contains(AG.DEFAULT_BASE + "article/etc-passwd"), names.toString());
        assertTrue(names.contains(AG.DEFAULT_BASE + "article/a-b-c-e"), names.toString());
        assertTrue(names.contains(AG.DEFAULT_BASE + "article/a-b-c-e-1"), names.toString());
        for (String name : names) {
            assertTrue(name.matches("https://w3id\\.org/actorgraph/[a-z0-9/-]+"), name);
        }
        // The odd id is kept verbatim as the article's identifier.
        assertTrue(Files.readString(nq).contains("\"a b<c>\\\"{}|^`#?%/\\\\ \u00e9 1\""), "identifier kept verbatim");
    }

    @Test
    void goodArticlesAreConvertedAndTheStoredOneIsUntouched() {
        for (String id : List.of("good", "bom", "j1", "after-long", "l2", "kept")) {
            try (ActorStore s = ActorStore.open(store)) {
                assertTrue(s.containsGraph(new Iris().article(id)), id);
            }
        }
        try (ActorStore s = ActorStore.open(store)) {
            assertEquals(keptBefore, nquads(s, new Iris().article("kept")));
        }
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
