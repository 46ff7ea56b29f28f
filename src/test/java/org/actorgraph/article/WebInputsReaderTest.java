package org.actorgraph.article;

import static org.actorgraph.testing.WebInputs.atom;
import static org.actorgraph.testing.WebInputs.concat;
import static org.actorgraph.testing.WebInputs.garbledRecord;
import static org.actorgraph.testing.WebInputs.gzip;
import static org.actorgraph.testing.WebInputs.newsPage;
import static org.actorgraph.testing.WebInputs.request;
import static org.actorgraph.testing.WebInputs.response;
import static org.actorgraph.testing.WebInputs.rss;
import static org.actorgraph.testing.WebInputs.truncated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages, web archives and feeds read into articles: text, metadata, and what is skipped or refused. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebInputsReaderTest {
    private static final String S1 = "Mark Rutte said on Monday that the alliance would defend every ally, however small.";
    private static final String S2 = "He told reporters in Vilnius that the Baltic states could count on NATO's support.";
    private static final Instant CAPTURED = Instant.parse("2024-04-20T12:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void aSavedPageGivesItsArticleTextAndMetadata() throws Exception {
        Path page = Files.writeString(tmp.resolve("Rutte-Vilnius.html"),
                newsPage("Rutte pledges support", "2024-04-12", "https://ledger.example/rutte", S1, S2));
        CollectingSink read = CollectingSink.read(page);
        assertEquals(0, read.problems.size(), read.problems.toString());
        Article a = read.article("Rutte-Vilnius");
        assertEquals(S1 + "\n\n" + S2, a.text(), "only the article's paragraphs");
        assertEquals("Rutte pledges support", a.title());
        assertEquals(LocalDate.of(2024, 4, 12), a.date());
        assertEquals("https://ledger.example/rutte", a.url());
        assertEquals("The Daily Ledger", a.publisher());
        assertEquals(page.toString(), a.origin());
    }

    @Test
    void metadataFromMetaTagsAndTimeWhenThereIsNoJsonLd() throws Exception {
        String html = "<html><head><meta charset='windows-1252'><title>Kallas speaks</title>"
                + "<meta name='twitter:title' content='Kallas on sanctions'><link rel='canonical' href='https://x.example/k'>"
                + "</head><body><div id='content'><time datetime='2023-11-02T10:00'>2 November</time>"
                + "<p>Kaja Kallas said the European Union would keep its sanctions on Russia, and widen them.</p>"
                + "<p>She spoke in Tallinn after meeting the prime minister of Finland \u2013 caf\u00e9 talks.</p></div></body></html>";
        Path page = Files.write(tmp.resolve("kallas.htm.gz"), gzip(html.getBytes("windows-1252")));
        Article a = CollectingSink.read(page).article("kallas");
        assertEquals("Kallas on sanctions", a.title());
        assertEquals(LocalDate.of(2023, 11, 2), a.date());
        assertEquals("https://x.example/k", a.url());
        assertNull(a.publisher());
        assertTrue(a.text().contains("Finland \u2013 caf\u00e9 talks."), "decoded as the page declares: " + a.text());
    }

    @Test
    void aWebArchiveGivesOneArticlePerHtmlResponseAndSkipsTheRest() throws Exception {
        byte[] page1 = newsPage("One", "2024-04-12", "https://ledger.example/one", S1).getBytes(StandardCharsets.UTF_8);
        byte[] page2 = newsPage("Two", "2024-04-13", "https://ledger.example/two", S2).getBytes(StandardCharsets.UTF_8);
        byte[] undated = "<html><body><p>Antonio Guterres urged both sides to respect the ceasefire in full, at once.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] r1 = response("https://ledger.example/one", "text/html; charset=utf-8", page1, CAPTURED, true);
        byte[] png = response("https://ledger.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, CAPTURED, true);
        byte[] cut = truncated(response("https://ledger.example/cut", "text/html", page2, CAPTURED, true), 0.5);
        byte[] r2 = response("https://ledger.example/two", "text/html", page2, CAPTURED, true);
        byte[] garbled = garbledRecord();
        byte[] r3 = response("https://ledger.example/guterres", "text/html", undated, CAPTURED, true);
        byte[] again = response("https://ledger.example/one", "text/html", page1, CAPTURED, true);
        byte[] req = request("https://ledger.example/one", CAPTURED, true);
        byte[] warc = concat(req, r1, png, cut, r2, garbled, r3, again);
        Path file = Files.write(tmp.resolve("crawl.warc.gz"), warc);
        long cutAt = req.length + r1.length + png.length;
        long garbledAt = cutAt + cut.length + r2.length;

        CollectingSink read = CollectingSink.read(file);

        assertEquals(3, read.articles.size(), read.articles + " / " + read.problems);
        Article one = read.article("https://ledger.example/one");
        assertEquals(S1, one.text());
        assertEquals(LocalDate.of(2024, 4, 12), one.date(), "the page's own date comes first");
        assertEquals(file + " (record at byte " + (cutAt - png.length - r1.length) + ")", one.origin());
        assertEquals(S2, read.article("https://ledger.example/two").text());
        Article undatedOne = read.article("https://ledger.example/guterres");
        assertEquals(LocalDate.of(2024, 4, 20), undatedOne.date(), "else the capture date");
        assertEquals("https://ledger.example/guterres", undatedOne.url());

        assertEquals(2, read.problems.size(), read.problems.toString());
        assertEquals(file + " (record at byte " + cutAt + ")", read.problems.get(0).origin());
        assertTrue(read.problems.get(0).message().startsWith("corrupt or truncated WARC record"), read.problems.toString());
        assertEquals(file + " (record at byte " + garbledAt + ")", read.problems.get(1).origin());
        assertEquals(1, read.notes.size());
        String note = read.notes.get(0);
        assertTrue(note.contains("3 HTML page(s) read as articles"), note);
        assertTrue(note.contains("1 non-HTML responses"), note);
        assertTrue(note.contains("1 request records"), note);
        assertTrue(note.contains("1 repeated captures of a page"), note);
        assertTrue(note.contains("2 corrupt record(s)"), note);
    }

    @Test
    void anUncompressedArchiveCutShortKeepsTheRecordsBeforeTheCut() throws Exception {
        byte[] page = newsPage("One", "2024-04-12", "https://ledger.example/one", S1).getBytes(StandardCharsets.UTF_8);
        byte[] r1 = response("https://ledger.example/one", "text/html", page, CAPTURED, false);
        byte[] r2 = response("https://ledger.example/two", "text/html", page, CAPTURED, false);
        Path file = Files.write(tmp.resolve("cut.warc"), concat(r1, truncated(r2, 0.6)));
        CollectingSink read = CollectingSink.read(file);
        assertEquals(1, read.articles.size(), read.problems.toString());
        assertEquals(1, read.problems.size(), read.problems.toString());
        assertEquals(file + " (record at byte " + r1.length + ")", read.problems.get(0).origin());
    }

    @Test
    void feedItemsWithFullTextBecomeArticlesAndSummariesAreOnlyReported() throws Exception {
        Path rss = Files.writeString(tmp.resolve("world.rss"), rss(S1));
        Path atom = Files.writeString(tmp.resolve("politics.xml"), atom(S2));
        CollectingSink read = CollectingSink.read(tmp);
        assertEquals(0, read.problems.size(), read.problems.toString());
        assertEquals(2, read.articles.size(), read.articles.toString());

        Article item = read.article("ledger-2024-0412");
        assertEquals(S1, item.text(), "content:encoded, not the description; no caption");
        assertEquals("Rutte in Vilnius", item.title());
        assertEquals(LocalDate.of(2024, 4, 12), item.date());
        assertEquals("https://ledger.example/world/rutte-vilnius", item.url());
        assertEquals("The Daily Ledger: World", item.publisher());
        assertEquals(rss + " (item 1)", item.origin());

        Article entry = read.article("tag:ledger.example,2024:kallas-sanctions");
        assertEquals(S2, entry.text());
        assertEquals(LocalDate.of(2024, 4, 13), entry.date());
        assertEquals("Ledger Politics", entry.publisher());

        assertEquals(2, read.notes.size(), read.notes.toString());
        assertTrue(read.notes.stream().anyMatch(n -> n.startsWith(atom.toString()) && n.contains("1 item(s) carry only a summary")
                && n.contains("https://ledger.example/weather")), read.notes.toString());
        assertTrue(read.notes.stream().anyMatch(n -> n.startsWith(rss.toString())
                && n.contains("https://ledger.example/markets/today")), read.notes.toString());
    }

    @Test
    void xmlThatIsNotAFeedIsLeftAloneInAFolder() throws Exception {
        Files.writeString(tmp.resolve("settings.xml"), "<?xml version='1.0'?><settings><a>1</a></settings>");
        Files.writeString(tmp.resolve("a.txt"), S1);
        CollectingSink read = CollectingSink.read(tmp);
        assertEquals(1, read.articles.size());
        assertEquals(0, read.problems.size(), read.problems.toString());
        assertFalse(read.notes.stream().anyMatch(n -> n.contains("settings")));
    }
}
