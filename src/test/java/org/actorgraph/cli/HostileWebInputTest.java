package org.actorgraph.cli;

import static org.actorgraph.testing.WebInputs.concat;
import static org.actorgraph.testing.WebInputs.gzip;
import static org.actorgraph.testing.WebInputs.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.actorgraph.graph.Iris;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.ChildJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile web inputs, converted in a separate JVM with a small heap into a store that already holds an article:
 * a huge page, a gzip bomb, a page nested a hundred thousand deep, an unknown encoding declaration, a corrupt gzip
 * file, a feed with an entity bomb and a web archive whose record inflates past the limit. Each is refused in one
 * line naming its file (and record), within the heap, and the stored article is untouched.
 */
class HostileWebInputTest {
    private static final String HEAP = "384m";

    @TempDir
    static Path tmp;
    static Path in;
    static Path store;
    static String err;
    static int exit;

    @BeforeAll
    static void convertTheHostileInputs() throws Exception {
        store = tmp.resolve("store");
        Path kept = Files.writeString(tmp.resolve("kept.txt"), "Antonio Guterres urged both sides to respect the ceasefire.");
        assertEquals(0, CliRun.of("convert", kept.toString(), "--store", store.toString(), "--no-link").exit());

        in = Files.createDirectories(tmp.resolve("in"));
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.html"))) {
            out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] words = "Lavrov said the talks were useful. ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 20L << 20; n += words.length) out.write(words);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.html.gz")))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) out.write(zeros); // 1 GB inflated, 1 MB on disk
        }
        Files.writeString(in.resolve("nested.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Mark Rutte said the alliance would defend every ally.</p>");
        Files.writeString(in.resolve("charset.html"), "<html><head><meta charset=\"x-unheard-of-9\"></head><body>"
                + "<p>Mark Rutte said the alliance would defend every ally, however small it may be.</p></body></html>");
        Files.write(in.resolve("corrupt.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.writeString(in.resolve("laughs.rss"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <rss version="2.0"><channel><title>&d;</title><item><title>x</title></item></channel></rss>
                """);
        Instant now = Instant.parse("2024-04-20T12:00:00Z");
        byte[] big = concat("<html><body><p>".getBytes(StandardCharsets.US_ASCII), new byte[20 << 20]);
        // A record after the bomb is still read (an image: a page would load the NLP models, beyond this heap).
        Files.write(in.resolve("bomb.warc.gz"), concat(
                response("https://ledger.example/big", "text/html", big, now, true),
                response("https://ledger.example/logo.png", "image/png", new byte[] {1, 2, 3}, now, true)));

        try (ChildJvm jvm = ChildJvm.start(HEAP, "convert", in.toString(), "--store", store.toString(), "--no-link")) {
            exit = jvm.waitFor(300);
            err = jvm.err();
        }
        System.out.println(err);
    }

    private static void assertOneError(String origin, String message) {
        List<String> lines = err.lines().filter(l -> l.startsWith("error: ") && l.contains(origin + ": ")).toList();
        assertEquals(1, lines.size(), origin + " in\n" + err);
        assertTrue(lines.get(0).contains(message), lines.get(0));
    }

    private static String in(String name) {
        return in.resolve(name).toString();
    }

    @Test
    void eachHostileInputIsRefusedInOneLine() {
        assertOneError(in("huge.html"), "page too large");
        assertOneError(in("bomb.html.gz"), "page too large: over 16,777,216 bytes (after decompression)");
        assertOneError(in("nested.html"), "elements nested over 2,000 deep");
        assertOneError(in("charset.html"), "declares an unknown character encoding \"x-unheard-of-9\"");
        assertOneError(in("corrupt.html.gz"), "not a valid gzip file");
        assertOneError(in("laughs.rss"), "declares a document type");
        assertOneError(in("bomb.warc.gz") + " (record at byte 0)", "record too large");
    }

    @Test
    void theBatchGoesOnWithinTheHeapAndLosesNothing() {
        assertEquals(1, exit, err);
        assertTrue(err.contains("Converted 0 article(s)"), err);
        assertTrue(err.contains("NLP models not loaded"), err);
        assertTrue(err.contains(in("bomb.warc.gz") + ": 0 HTML page(s) read as articles; skipped 1 non-HTML responses"),
                "the record after the bomb is read: " + err);
        assertFalse(err.contains("OutOfMemoryError"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        try (ActorStore s = ActorStore.open(store)) {
            assertTrue(s.containsGraph(new Iris().article("kept")), "the stored article is still there");
            assertEquals(1, s.articleCount());
        }
    }
}
