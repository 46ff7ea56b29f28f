package org.actorgraph.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds a title index from a small dictionary in WikiDict's format and looks names up in it. */
class WikiTitleIndexTest {
    /** Surfaces come in title order, as in WikiDict, so one surface's titles are far apart. */
    static final String DICT = String.join("\n",
            "Lavrov\tLavrov_(surname)\t0.11",
            "Washington\tGeorge_Washington\t0.2",
            "Sergei Lavrov\tSergey_Lavrov\t1.0",
            "Lavrov\tSergey_Lavrov\t0.88",
            "Sergey Lavrov\tSergey_Lavrov\t1.0",
            "Ushakov\tFyodor_Fyodorovich_Ushakov\t0.58",
            "lavrov\tSergey_Lavrov\t1.0",
            "Washington\tWashington\t0.65",
            "Washington, D.C.\tWashington,_D.C.\t0.99",
            "Who Framed Roger Rabbit?\tWho_Framed_Roger_Rabbit?\t0.9",
            "Yuri Ushakov\tYuri_Ushakov\t0.5",
            "Western\tWestern_(genre)\t0.26",
            "A Very Long Name Of Seven Words Here\tSomething\t1.0",
            "http://en.wikipedia.org/wiki/Kiev\tKiev\t1.0",
            "Kyiv\tKiev\t0.97",
            "Zürich\tZürich\t0.98",
            "broken line without tabs",
            "Bad score\tX\tnot-a-number",
            "");

    @TempDir
    static Path dir;
    static WikiTitleIndex index;

    @BeforeAll
    static void build() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(DICT.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("cache").resolve("titles.idx");
        WikiTitleIndex.build(new ByteArrayInputStream(gz.toByteArray()), file);
        index = WikiTitleIndex.open(file);
    }

    @Test
    void findsTheTitleOfAName() {
        assertEquals(new WikiTitleIndex.Hit("Sergey_Lavrov", 1.0), index.lookup("Sergei Lavrov"));
        assertEquals("Washington,_D.C.", index.lookup("Washington, D.C.").title());
        assertEquals("Zürich", index.lookup("Zürich").title());
        assertEquals("Kiev", index.lookup("Kyiv").title(), "the dictionary's title, older page names included");
    }

    @Test
    void keepsTheBestTitleOfEachName() {
        WikiTitleIndex.Hit lavrov = index.lookup("Lavrov");
        assertEquals("Sergey_Lavrov", lavrov.title());
        assertEquals(0.88, lavrov.score(), 1e-6);
        assertEquals("Washington", index.lookup("Washington").title());
    }

    @Test
    void leavesOutWhatCannotBeAName() {
        assertNull(index.lookup("lavrov"), "lower-case surface");
        assertNull(index.lookup("Western"), "score below the kept minimum");
        assertNull(index.lookup("A Very Long Name Of Seven Words Here"), "more words than a name has");
        assertNull(index.lookup("http://en.wikipedia.org/wiki/Kiev"), "web address");
        assertNull(index.lookup("Bad score"));
        assertNull(index.lookup("Nobody"));
        assertNull(index.lookup("Sergei"), "prefix of a name is not the name");
        assertNull(index.lookup("Sergei Lavrov "), "exact names only");
    }

    @Test
    void countsWhatItKept() {
        // Sergei Lavrov, Lavrov, Sergey Lavrov, Ushakov, Washington, Washington D.C., Roger Rabbit, Yuri Ushakov, Kyiv, Zürich
        assertEquals(10, index.size());
        assertNotNull(index.lookup("Yuri Ushakov"));
    }

    @Test
    void aSecondBuildReplacesTheFileWhole() throws IOException {
        Path file = dir.resolve("again.idx");
        Files.writeString(file, "stale");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("Kyiv\tKyiv\t0.9\n".getBytes(StandardCharsets.UTF_8));
        }
        WikiTitleIndex.build(new ByteArrayInputStream(gz.toByteArray()), file);
        try (WikiTitleIndex again = WikiTitleIndex.open(file)) {
            assertEquals("Kyiv", again.lookup("Kyiv").title());
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".wikidict")), "no temporary files left behind");
        }
    }

    @Test
    void encodesTitlesAsDbpediaDoes() {
        assertEquals("http://dbpedia.org/resource/Sergey_Lavrov", DbpediaIris.of("Sergey_Lavrov"));
        assertEquals("http://dbpedia.org/resource/Washington,_D.C.", DbpediaIris.of("Washington, D.C."));
        assertEquals("http://dbpedia.org/resource/National_Assembly_(France)", DbpediaIris.of("National_Assembly_(France)"));
        assertEquals("http://dbpedia.org/resource/Zürich", DbpediaIris.of("Zürich"));
        assertEquals("http://dbpedia.org/resource/Who_Framed_Roger_Rabbit%3F", DbpediaIris.of(index.lookup("Who Framed Roger Rabbit?").title()));
        assertEquals("http://dbpedia.org/resource/100%25_(song)", DbpediaIris.of("100% (song)"));
        assertEquals("http://dbpedia.org/resource/A%22B%22", DbpediaIris.of("A\"B\""));
    }
}
