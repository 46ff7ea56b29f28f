package org.actorgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first use of the title index builds it and says so before and after; later uses find it built and say nothing. */
class WikiTitlesTest {
    @TempDir
    Path tmp;

    @Test
    void aBuildIsAnnouncedWithWhereAndHowLongAndAReuseIsSilent() throws Exception {
        Path dict = tmp.resolve("wikidict.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dict))) {
            out.write(WikiTitleIndexTest.DICT.getBytes(StandardCharsets.UTF_8));
        }
        Path cache = tmp.resolve("cache");
        List<String> said = new ArrayList<>();
        WikiTitles first = WikiTitles.load(dict.toUri().toURL(), cache, said::add);
        assertNotNull(first.index().lookup("Sergei Lavrov"));
        assertEquals(2, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("Building the Wikipedia title index for DBpedia links in " + cache
                + " (once per machine, usually 25-40 s"), said.get(0));
        assertTrue(said.get(1).matches("Built the Wikipedia title index in \\d+\\.\\d s: " + cache + "/.*\\.idx"), said.get(1));
        first.index().close();

        said.clear();
        WikiTitles again = WikiTitles.load(dict.toUri().toURL(), cache, said::add);
        assertEquals(List.of(), said, "an index already built is only opened");
        assertEquals(0, again.buildMillis());
        again.index().close();
    }
}
