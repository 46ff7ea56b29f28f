package org.actorgraph.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FineGrainedGazetteersTest {

    @Test
    void regularExpressionEntriesAreDroppedAndEscapedDotsBecomeDots() throws Exception {
        String gazetteer = String.join("\n",
                "foreign minister\tTITLE\tMISC\t1",
                "u\\.s\\.\tCOUNTRY\tLOCATION\t1",
                "secretary of .*\tTITLE\tMISC\t3",
                "Ind\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1",
                "hindu \\/ brahmo\tRELIGION\tMISC,ORGANIZATION\t3",
                "rigdonite|rigdonites\tRELIGION\tMISC,ORGANIZATION\t1",
                "no tab on this line",
                "kyiv\tCITY\tLOCATION\t1");
        StringWriter out = new StringWriter();
        try (BufferedWriter w = new BufferedWriter(out)) {
            FineGrainedGazetteers.writeLiteral(new BufferedReader(new StringReader(gazetteer)), w);
        }
        assertEquals(String.join(System.lineSeparator(),
                "foreign minister\tTITLE\tMISC\t1",
                "u.s.\tCOUNTRY\tLOCATION\t1",
                "kyiv\tCITY\tLOCATION\t1") + System.lineSeparator(), out.toString());
    }

    @Test
    void onlyEscapedDotsCountAsLiteral() {
        assertTrue(FineGrainedGazetteers.isLiteral("minister of foreign affairs"));
        assertTrue(FineGrainedGazetteers.isLiteral("gen\\."));
        assertFalse(FineGrainedGazetteers.isLiteral("gen."));
        assertFalse(FineGrainedGazetteers.isLiteral("N\\.?Y\\.?C\\.?-registered"));
        assertFalse(FineGrainedGazetteers.isLiteral("[A-Z]+"));
    }

    @Test
    void theReducedGazetteersStillTypeCountriesTitlesAndNationalities() {
        CoreDocument doc = NlpPipeline.get().annotate(
                "The U.S. secretary of state met the Russian foreign minister in Riyadh on Tuesday.", LocalDate.of(2025, 2, 18));
        Map<String, String> ner = new LinkedHashMap<>();
        doc.tokens().forEach(t -> ner.put(t.word(), t.ner()));
        assertEquals("COUNTRY", ner.get("U.S."));
        assertEquals("TITLE", ner.get("secretary"));
        assertEquals("NATIONALITY", ner.get("Russian"));
        assertEquals("TITLE", ner.get("minister"));
        assertEquals("CITY", ner.get("Riyadh"));
        assertEquals("DATE", ner.get("Tuesday"));
    }
}
