package org.actorgraph.cli;

import org.actorgraph.testing.StoreDumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Converting with several threads gives exactly the graph one thread gives. */
class ParallelConversionTest {
    @TempDir
    Path tmp;

    @Test
    void twoThreadsStoreTheSameGraphsAsOne() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String[] texts = {
            "Kaja Kallas said that the European Union would keep its sanctions on Russia.",
            "Antonio Guterres urged both sides to respect the ceasefire in Gaza.",
            "On March 3, 2024, delegations from India and Pakistan met in Geneva for about three hours.",
            "Mark Rutte arrived in Vilnius. Rutte said the alliance would defend every ally.",
            "Beijing rejected the new tariffs on electric vehicles.",
            "Ukrainian President Volodymyr Zelensky told the European Parliament that Ukraine needs air defence.",
        };
        for (int i = 0; i < texts.length; i++) Files.writeString(in.resolve("a" + i + ".txt"), texts[i]);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        CliRun r1 = CliRun.of("convert", in.toString(), "--store", one.toString(), "--threads", "1");
        CliRun r2 = CliRun.of("convert", in.toString(), "--store", two.toString(), "--threads", "2");
        assertEquals(0, r1.exit(), r1.err());
        assertEquals(0, r2.exit(), r2.err());
        assertTrue(r2.err().contains("Converted 6 article(s)"), r2.err());
        assertTrue(StoreDumps.sameData(StoreDumps.copy(one), StoreDumps.copy(two)), "graphs differ between 1 and 2 threads");
    }

    @Test
    void zeroThreadsIsAUsageError() {
        assertEquals(2, CliRun.of("convert", "seeds", "--store", tmp.resolve("s").toString(), "--threads", "0").exit());
    }
}
