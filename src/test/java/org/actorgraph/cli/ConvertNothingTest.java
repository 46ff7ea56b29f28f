package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion that finds nothing to convert fails, and names what it passed over. No NLP model is loaded. */
class ConvertNothingTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderWithoutArticlesNamesEachFileItSkippedAndExitsOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("notes/sub"));
        Files.writeString(tmp.resolve("notes/notes.md"), "# Notes");
        Files.writeString(dir.resolve("report.docx"), "PK");
        Files.writeString(tmp.resolve("notes/data.xml"), "<root/>");

        CliRun r = CliRun.of("convert", tmp.resolve("notes").toString(), "--store", tmp.resolve("store").toString());
        assertEquals(ActorGraphCommand.EXIT_FAILURE, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        String supported = "not a supported input (.txt, .jsonl, .html, .htm, .xhtml (also gzipped), .warc, .warc.gz, "
                + ".rss, .atom or an .xml feed)";
        assertEquals(List.of(
                "skipped " + tmp.resolve("notes/data.xml") + ": an .xml file that is not an RSS or Atom feed",
                "skipped " + tmp.resolve("notes/notes.md") + ": " + supported,
                "skipped " + tmp.resolve("notes/sub/report.docx") + ": " + supported), lines.subList(0, 3), r.err());
        assertEquals(4, lines.size(), r.err());
        assertTrue(lines.get(3).startsWith("Converted 0 article(s)"), r.err());
        assertTrue(lines.get(3).endsWith("(NLP models not loaded); no article file found"), r.err());
    }

    @Test
    void anEmptyFolderFailsToo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.of("convert", empty.toString(), "--store", tmp.resolve("store").toString());
        assertEquals(ActorGraphCommand.EXIT_FAILURE, r.exit(), r.err());
        assertTrue(r.err().strip().endsWith("; no article file found"), r.err());
    }
}
