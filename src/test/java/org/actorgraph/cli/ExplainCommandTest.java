package org.actorgraph.cli;

import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.extract.Phase;
import org.actorgraph.extract.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aTypedSentenceShowsItsPositionWithTheRulesAndTheParse() {
        CliRun run = CliRun.of("explain", "Foreign Minister Anna Berg called for an immediate ceasefire.");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("position  Anna Berg —call for→"), run.out());
        assertTrue(run.out().contains("found=voice.subject-of-cue"), run.out());
        assertTrue(run.out().contains("speaker=speaker.named"), run.out());
        assertTrue(run.out().contains("stance=stance.cue-lemma"), run.out());
        assertTrue(run.out().contains("nsubj(called-5, Berg-4)"), run.out());
    }

    @Test
    void aSentenceWithNothingFoundNamesThePhasesThatSawNothing() {
        CliRun run = CliRun.of("explain", "The weather was mild all week.");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("nothing found; saw nothing: mentions"), run.out());
        assertTrue(run.out().contains("voices ("), run.out());
        assertTrue(run.out().contains("events ("), run.out());
    }

    @Test
    void everyRuleHasOneNameAndTheRulesRunPhaseByPhase() {
        List<Rule> rules = ArticleExtractor.rules();
        Set<String> names = new HashSet<>();
        Phase last = Phase.MENTIONS;
        for (Rule r : rules) {
            assertTrue(names.add(r.name()), "two rules named " + r.name());
            assertTrue(r.name().matches("[a-z]+\\.[a-z][a-z-]*"), r.name());
            assertFalse(r.description().isBlank(), r.name());
            assertTrue(r.phase().compareTo(last) >= 0, r.name() + " runs before a rule of an earlier phase");
            last = r.phase();
        }
        CliRun run = CliRun.of("explain", "--rules");
        assertEquals(0, run.exit(), run.err());
        for (String n : names) assertTrue(run.out().contains(n), n);
    }

    @Test
    void aStoredArticleIsExplainedAndItsPositionsCarryTheirTrace() throws IOException {
        Path in = tmp.resolve("berg.txt");
        Files.writeString(in, "Foreign Minister Anna Berg warned that the ceasefire would not hold.\n");
        Path store = tmp.resolve("store");
        CliRun convert = CliRun.of("convert", in.toString(), "--store", store.toString());
        assertEquals(0, convert.exit(), convert.err());
        CliRun run = CliRun.of("explain", "--article", "berg", "--store", store.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("position  Anna Berg —warn→"), run.out());
        CliRun trace = CliRun.of("query", "rule-trace", "--param", "actor=Berg", "--store", store.toString(), "--format", "csv");
        assertEquals(0, trace.exit(), trace.err());
        assertTrue(trace.out().contains("voice.subject-of-cue"), trace.out());
        assertTrue(trace.out().contains("speaker.named"), trace.out());
    }

    @Test
    void aMissingArticleOrStoreIsOneLine() {
        CliRun noStore = CliRun.of("explain", "--article", "x", "--store", tmp.resolve("none").toString());
        assertEquals(1, noStore.exit());
        assertEquals(1, noStore.err().strip().lines().count(), noStore.err());
        assertTrue(noStore.err().contains("no store at " + tmp.resolve("none")), noStore.err());
        assertFalse(Files.exists(tmp.resolve("none")), "explain must not create the store");
    }
}
