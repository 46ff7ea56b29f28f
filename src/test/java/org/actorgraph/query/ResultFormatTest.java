package org.actorgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Result formats are Jena's result set languages, found by our names, Jena's names and media types. */
class ResultFormatTest {
    @Test
    void ourNamesAndJenasFindTheSameFormats() {
        assertEquals(List.of("table", "csv", "tsv", "json"), ResultFormat.ids());
        for (ResultFormat f : ResultFormat.values()) assertEquals(f, ResultFormat.parse(" " + f.id().toUpperCase() + " "));
        assertEquals(ResultFormat.TABLE, ResultFormat.parse("text"));
        assertEquals(ResultFormat.JSON, ResultFormat.parse("srj"));
    }

    @Test
    void unknownNamesAreRefusedWithTheList() {
        for (String name : new String[] {"", "yaml", "xml"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultFormat.parse(name));
            assertTrue(e.getMessage().endsWith("expected one of table, csv, tsv, json"), e.getMessage());
        }
    }

    @Test
    void mediaTypesComeFromJenaAndAcceptHeadersFindThem() {
        assertEquals("text/plain", ResultFormat.TABLE.contentType());
        assertEquals("text/csv", ResultFormat.CSV.contentType());
        assertEquals("text/tab-separated-values", ResultFormat.TSV.contentType());
        assertEquals("application/sparql-results+json", ResultFormat.JSON.contentType());
        for (ResultFormat f : ResultFormat.values()) {
            assertEquals(Optional.of(f), ResultFormat.fromAccept("application/xml, " + f.contentType() + ";q=0.9"));
        }
        assertEquals(Optional.of(ResultFormat.JSON), ResultFormat.fromAccept("application/json"));
        assertEquals(Optional.empty(), ResultFormat.fromAccept("application/xml"));
        assertEquals(Optional.empty(), ResultFormat.fromAccept(null));
    }
}
