package org.actorgraph.eval;

import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.nlp.NlpPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorers, on small documents written in each corpus' own format, with counts worked out by hand. */
class CorpusEvaluationTest {
    static ArticleExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new ArticleExtractor(NlpPipeline.get());
    }

    @Test
    void re3dCountsSpansRelationsAndStances() {
        Report r = new Re3dEvaluation(extractor::extractWithReferences, null).run(Path.of("src/test/resources/eval/re3d-format"));
        assertEquals(1, r.documents());
        Score person = r.rows().get("entity Person");
        assertEquals(4, person.gold(), "Anna Lind, Kofi Annan, Lind and the title 'Foreign Minister'");
        assertEquals(3, person.found(), "a title alone is not a name");
        assertEquals(1, r.rows().get("entity Location").found());
        assertEquals(1.0, r.rows().get("* CommWith").recall(), "Lind met Annan: both take part in one meeting");
        assertEquals(1.0, r.rows().get("IsSynonymOf").recall(), "the title is on the person's node");
        Score likes = r.rows().get("* Likes/Dislikes as positions");
        assertEquals(1.0, likes.recall(), "'Lind welcomed the new plan' is a Support position covering the target");
        assertEquals(0, likes.predicted(), "a stance towards no actor asserts no relation between two actors");
        assertTrue(r.summary().startsWith("re3d: entities"), r.summary());
    }

    @Test
    void re3dPrintsEveryRowWhenASubsetHasNoRelationOfAKind() {
        Report r = new Re3dEvaluation(extractor::extractWithReferences, null).run(Path.of("src/test/resources/eval/re3d-without-meetings"));
        assertEquals(0, r.rows().get("* CommWith").gold(), "no meeting in the subset");
        assertEquals(0, r.rows().get("* Likes/Dislikes as positions").gold(), "no stance relation in the subset");
        java.io.StringWriter out = new java.io.StringWriter();
        r.print(new java.io.PrintWriter(out), true);
        assertTrue(out.toString().contains("* CommWith"), out.toString());
        assertTrue(r.summary().contains("CommWith"), r.summary());
    }

    @Test
    void meantimeRebuildsTextAndScoresSpeakers() {
        MeantimeDocument d = MeantimeDocument.read(Path.of("src/test/resources/eval/meantime-format/mini/fixture.xml"));
        assertTrue(d.text.startsWith("Anna Lind said that Sweden would sign the treaty ."), d.text);
        assertEquals("2003-09-01", d.creationDate);
        assertEquals("Anna Lind", d.textOf(d.markables.get("1")));

        Report r = new MeantimeEvaluation(extractor::extractWithReferences, null).run(Path.of("src/test/resources/eval/meantime-format"));
        Score entities = r.rows().get("* entities (PER/ORG/LOC)");
        assertEquals(3, entities.gold());
        assertTrue(entities.found() >= 2, "Anna Lind and Sweden at least: " + entities.found());
        assertEquals(1, r.rows().get("speech events at a cue").found(), "'said' is our cue");
        assertEquals(1.0, r.figures().get("* speaker attribution"), "Anna Lind said");
    }
}
