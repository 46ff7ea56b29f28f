package org.actorgraph.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseFoldTest {

    /** Pairs a case-insensitive comparison finds equal although their lower cases differ. */
    private static final List<String[]> PAIRS = List.of(
            new String[] {"İstanbul", "istanbul"},
            new String[] {"ſanctions", "SANCTIONS"},
            new String[] {"\u212Aremlin", "kremlin"},
            new String[] {"ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
            new String[] {"Ceasefire", "cEASEFIRE"});

    @Test
    void whatACaseInsensitiveComparisonFindsEqualHasEqualFolds() {
        for (String[] p : PAIRS) {
            assertTrue(p[0].equalsIgnoreCase(p[1]) || Pattern.compile(Pattern.quote(p[1]),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(p[0]).matches(), p[0]);
            assertEquals(CaseFold.of(p[1]), CaseFold.of(p[0]), p[0]);
        }
    }

    @Test
    void theFoldKeepsTheLength() {
        for (String[] p : PAIRS) assertEquals(p[0].length(), CaseFold.of(p[0]).length());
    }
}
