package org.actorgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.actorgraph.testing.WebInputs.atom;
import static org.actorgraph.testing.WebInputs.concat;
import static org.actorgraph.testing.WebInputs.newsPage;
import static org.actorgraph.testing.WebInputs.response;
import static org.actorgraph.testing.WebInputs.rss;
import static org.actorgraph.testing.WebInputs.truncated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A web archive (with an image and a record cut short) and an RSS and an Atom feed, written by the test, converted
 * into a store with the real pipeline: each page and full item becomes an article graph, the cut record is one
 * error line with its byte offset, and a rerun skips what is already stored.
 */
class WebInputsConvertTest {
    private static final String S1 = "Mark Rutte said on Monday that the alliance would defend every ally, however small.";
    private static final String S2 = "Kaja Kallas told reporters in Vilnius that the Baltic states could count on NATO's support.";
    private static final Instant CAPTURED = Instant.parse("2024-04-20T12:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void archivesAndFeedsConvertIntoArticleGraphsAndRerunsSkipThem() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] page1 = newsPage("One", "2024-04-12", "https://ledger.example/one", S1).getBytes(StandardCharsets.UTF_8);
        byte[] page2 = newsPage("Two", "2024-04-13", "https://ledger.example/two", S2).getBytes(StandardCharsets.UTF_8);
        byte[] r1 = response("https://ledger.example/one", "text/html; charset=utf-8", page1, CAPTURED, true);
        byte[] png = response("https://ledger.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, CAPTURED, true);
        byte[] cut = truncated(response("https://ledger.example/cut", "text/html", page2, CAPTURED, true), 0.5);
        byte[] r2 = response("https://ledger.example/two", "text/html", page2, CAPTURED, true);
        Path warc = Files.write(in.resolve("crawl.warc.gz"), concat(r1, png, cut, r2));
        Files.writeString(in.resolve("world.rss"), rss(S1));
        Files.writeString(in.resolve("politics.atom"), atom(S2));
        Path store = tmp.resolve("store");

        CliRun first = CliRun.of("convert", in.toString(), "--store", store.toString(), "--threads", "1");
        assertEquals(1, first.exit(), "a corrupt record is a problem of the batch: " + first.err());
        assertTrue(first.err().contains(warc + " (record at byte " + (r1.length + png.length) + ")"), first.err());
        assertTrue(first.err().contains("Converted 4 article(s)"), first.err());

        CliRun articles = CliRun.of("query", "articles", "--store", store.toString(), "--format", "csv");
        assertEquals(0, articles.exit(), articles.err());
        assertEquals(5, articles.out().strip().lines().count(), "a header and four articles:\n" + articles.out());
        CliRun rutte = CliRun.of("query", "positions-of", "--param", "actor=Rutte", "--store", store.toString(), "--format", "csv");
        assertTrue(rutte.out().contains("Mark Rutte,say"), rutte.out());

        CliRun again = CliRun.of("convert", in.toString(), "--store", store.toString(), "--threads", "1");
        assertTrue(again.err().contains("Converted 0 article(s)") && again.err().contains("4 unchanged article(s) skipped"), again.err());
    }
}
