package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.actorgraph.article.ArticleCount;
import org.actorgraph.article.InputProblem;
import org.actorgraph.pipeline.ConversionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar a terminal gets, and the total it counts up to. */
class TerminalProgressTest {
    @TempDir
    Path tmp;

    @Test
    void theBarCountsArticlesWithRateAndTheLinesThatMatterStayAboveIt() {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream barBytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(err, true),
                new PrintStream(barBytes, true, StandardCharsets.UTF_8), 3);
        progress.notice("Building the Wikipedia title index");
        progress.converted(1, "a1", 2, 0);
        progress.problem(new InputProblem("news.jsonl:2", "malformed JSON line"));
        progress.converted(2, "a3", 1, 1);
        progress.finished(new ConversionResult(2, 0, 3, 1, 2, 1,
                new ConversionResult.Timings(Duration.ofSeconds(2), Optional.empty(), Optional.empty())));

        String bar = barBytes.toString(StandardCharsets.UTF_8);
        assertTrue(bar.contains("Converting"), bar);
        assertTrue(bar.contains("3/3 articles"), "done of the total: " + bar);
        assertTrue(bar.contains("articles/s"), "the rate: " + bar);
        String lines = err.toString().replace("\r\u001b[2K", "");
        assertEquals(List.of("Building the Wikipedia title index", "error: news.jsonl:2: malformed JSON line"),
                lines.lines().limit(2).toList());
        assertTrue(lines.lines().anyMatch(l -> l.startsWith("Converted 2 article(s)")), lines);
        assertFalse(lines.contains("[1] a1"), "no line an article under a bar: " + lines);
    }

    @Test
    void theTotalIsOneAFileAndOneAJsonLineAndUnknownForArchives() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("news/more"));
        Files.writeString(dir.resolve("a.txt"), "A said B.");
        Files.writeString(tmp.resolve("news/b.html"), "<html></html>");
        Files.writeString(tmp.resolve("news/c.jsonl"), "{\"id\":\"1\"}\n\n{\"id\":\"2\"}\n{\"id\":\"3\"}");
        Files.writeString(tmp.resolve("news/notes.md"), "not an article");
        assertEquals(5, ArticleCount.estimate(List.of(tmp.resolve("news"))));
        Files.writeString(dir.resolve("crawl.warc"), "WARC/1.0");
        assertEquals(ArticleCount.UNKNOWN, ArticleCount.estimate(List.of(tmp.resolve("news"))));
    }
}
