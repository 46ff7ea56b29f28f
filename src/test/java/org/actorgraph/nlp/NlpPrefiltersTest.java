package org.actorgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two prefilters only save time: a text annotated with them gives the same tags, values and mentions as in a
 * JVM where both are switched off.
 */
class NlpPrefiltersTest {

    @Test
    void annotationIsTheSameWithAndWithoutThePrefilters() throws Exception {
        Path sample = Path.of(NlpPrefiltersTest.class.getResource("prefilter-sample.txt").toURI());
        String with = AnnotationDump.dump(Files.readString(sample));
        assertTrue(with.contains("autumn\tDATE"), "a season is still a date");
        assertTrue(with.contains("biannually\tSET"), "a periodic word inside a longer one is still read");
        assertTrue(with.contains("Norway\tCOUNTRY"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g",
                "-D" + NlpPipeline.GAZETTEER_PREFILTER + "=false", "-D" + NlpPipeline.DATE_PREFILTER + "=false",
                "-cp", System.getProperty("java.class.path"), AnnotationDump.class.getName(), sample.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String without = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        assertEquals(without, with);
    }

    @Test
    void bothPrefiltersAreInPlaceAndASentenceWithoutTimeWordsSkipsTheDateFinder() {
        NlpPipeline.get();
        CoreDocument doc = NlpPipeline.get().annotate(
                "The minister praised the agreement. They met on Friday.", LocalDate.of(2025, 3, 4));
        List<CoreLabel> first = doc.sentences().get(0).tokens();
        List<CoreLabel> second = doc.sentences().get(1).tokens();
        assertTrue(NlpPipeline.get().prefiltersInstalled());
        DatePrefilter filter = new DatePrefilter(null, DatePrefilter.heads());
        assertFalse(filter.mayHoldTime(first));
        assertTrue(filter.mayHoldTime(second));
    }
}
