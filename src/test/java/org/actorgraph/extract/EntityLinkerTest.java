package org.actorgraph.extract;

import org.actorgraph.model.EntityKind;
import org.actorgraph.model.NameKeys;
import org.actorgraph.nlp.WikiTitleIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The linking rules over a small dictionary: which titles fit which entities. */
class EntityLinkerTest {
    private static final String DICT = String.join("\n",
            "Sergei Lavrov\tSergey_Lavrov\t1.0",
            "Lavrov\tSergey_Lavrov\t0.88",
            "Ushakov\tFyodor_Fyodorovich_Ushakov\t0.58",
            "Yuri Ushakov\tYuri_Ushakov\t0.5",
            "Ivan Petrov\tIvan_Petrov_(disambiguation)\t0.9",
            "Anna Smirnova\tAnna_Smirnova\t0.4",
            "Russia\tRussia\t0.91",
            "Russian Federation\tRussia\t0.99",
            "Moscow\tMoscow\t0.96",
            "Russian\tRussian_language\t0.57",
            "Georgia\tGeorgia_(U.S._state)\t0.54",
            "Kyiv\tKiev\t0.97",
            "Washington\tWashington\t0.65",
            "Washington, D.C.\tWashington,_D.C.\t0.99",
            "Kremlin\tKremlin\t0.59",
            "EU\tEuropean_Union\t0.68",
            "European Union\tEuropean_Union\t0.98",
            "Arise\tArise_(album)\t0.63",
            "NLF\tNational_Lacrosse_Federation\t0.81",
            "Northern Liberation Front\tNorthern_liberation_front\t0.52",
            "Green Alliance\tGreen_Alliance\t0.77",
            "GA\tGeneral_Assembly\t0.6",
            "Gaza\tGaza\t0.82",
            "Gaza Strip\tGaza_Strip\t0.99",
            "New York\tNew_York\t0.81",
            "New York City\tNew_York_City\t0.99",
            "Holy See\tHoly_See\t0.99",
            "Vatican City\tVatican_City\t0.98",
            "Palestinian Authority\tPalestinian_National_Authority\t0.99",
            "Nancy\tNancy\t0.53",
            "");

    @TempDir
    static Path dir;
    static EntityLinker linker;

    @BeforeAll
    static void build() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(DICT.getBytes(StandardCharsets.UTF_8));
        }
        Path file = dir.resolve("titles.idx");
        WikiTitleIndex.build(new ByteArrayInputStream(gz.toByteArray()), file);
        linker = new EntityLinker(WikiTitleIndex.open(file));
    }

    private static EntityNode entity(EntityKind kind, String label, String... names) {
        EntityNode e = new EntityNode(kind, NameKeys.slug(label), label);
        for (String n : names) e.addName(n);
        return e;
    }

    @Test
    void peopleByFullNameAndSurname() {
        assertEquals("Sergey_Lavrov", linker.titleOf(entity(EntityKind.PERSON, "Sergey Lavrov", "Sergei Lavrov", "Lavrov")));
        assertEquals("Sergey_Lavrov", linker.titleOf(entity(EntityKind.PERSON, "Lavrov")), "a surname that points firmly at one page");
        assertEquals("Yuri_Ushakov", linker.titleOf(entity(EntityKind.PERSON, "Yuri Ushakov", "Ushakov")),
                "the full name wins over a surname that leads to another Ushakov");
        assertNull(linker.titleOf(entity(EntityKind.PERSON, "Ushakov")), "a surname alone, not firmly enough");
        assertNull(linker.titleOf(entity(EntityKind.PERSON, "Ivan Petrov")), "disambiguation page");
        assertNull(linker.titleOf(entity(EntityKind.PERSON, "Anna Smirnova")), "below the threshold");
    }

    @Test
    void countriesByTheirNamesNotTheirCapitalsOrPeople() {
        assertEquals("Russia", linker.titleOf(entity(EntityKind.COUNTRY, "Russia", "Moscow", "Russian")));
        assertNull(linker.titleOf(entity(EntityKind.COUNTRY, "Georgia")), "a page qualified as something else");
    }

    @Test
    void placesOnlyUnderTheirOwnName() {
        assertEquals("Washington,_D.C.", linker.titleOf(entity(EntityKind.PLACE, "Washington")),
                "the gazetteer's other spelling of the capital");
        assertEquals("Kyiv", linker.titleOf(entity(EntityKind.PLACE, "Kyiv")),
                "the dictionary's older page name is followed to the page's current title (moved-titles.tsv)");
        assertEquals("Moscow", linker.titleOf(entity(EntityKind.PLACE, "Moscow")));
        assertNull(linker.titleOf(entity(EntityKind.PLACE, "Nancy")),
                "the page moved to \"Nancy, France\", which fits only a Nancy known to lie in France");
    }

    @Test
    void theFullestListedNameSaysWhichPage() {
        assertEquals("Gaza_Strip", linker.titleOf(entity(EntityKind.PLACE, "Gaza Strip", "Gaza")),
                "regions.txt files \"Gaza\" under the strip, whose page the city's does not outrank");
        assertEquals("New_York_City", linker.titleOf(entity(EntityKind.PLACE, "New York City", "New York")),
                "cities.tsv files \"New York\" under the city");
        assertEquals("Vatican_City", linker.titleOf(entity(EntityKind.COUNTRY, "Vatican City", "Holy See")),
                "a city-state's own name, though the lists also give it to its capital");
        assertEquals("Palestinian_Authority", linker.titleOf(entity(EntityKind.ORGANIZATION, "Palestinian Authority")),
                "the dictionary's older page name is followed to the current one, which is the body's name");
    }

    @Test
    void organisations() {
        assertEquals("European_Union", linker.titleOf(entity(EntityKind.ORGANIZATION, "European Union", "EU")));
        assertEquals("European_Union", linker.titleOf(entity(EntityKind.ORGANIZATION, "EU")), "an acronym spelled out by the title");
        assertNull(linker.titleOf(entity(EntityKind.ORGANIZATION, "Kremlin")), "a seat of power is a government, not the building");
        assertNull(linker.titleOf(entity(EntityKind.ORGANIZATION, "Arise")), "an album is not an organisation");
        assertNull(linker.titleOf(entity(EntityKind.ORGANIZATION, "Northern Liberation Front", "NLF")),
                "an acronym spelling out a body that shares no word with the name written out, and a page about a kind of thing");
        assertEquals("Green_Alliance", linker.titleOf(entity(EntityKind.ORGANIZATION, "Green Alliance", "GA")),
                "the name written out wins over the acronym's other body");
    }

    @Test
    void linkedPeopleTakeTheirPageNameAndLinksAreWritten() {
        EntityNode lavrov = entity(EntityKind.PERSON, "Lavrov");
        EntityNode ushakov = entity(EntityKind.PERSON, "Yuri Ushakov", "Ushakov");
        linker.link(List.of(lavrov, ushakov));
        assertEquals("sergey-lavrov", lavrov.key());
        assertEquals("Sergey Lavrov", lavrov.label());
        assertEquals(Set.of("Lavrov"), lavrov.altLabels());
        assertEquals(Set.of("http://dbpedia.org/resource/Sergey_Lavrov"), lavrov.sameAs());
        assertEquals("yuri-ushakov", ushakov.key());
    }

    @Test
    void twoEntitiesOfOneArticleAreNotMergedByTheirLink() {
        EntityNode full = entity(EntityKind.PERSON, "Sergey Lavrov");
        EntityNode surname = entity(EntityKind.PERSON, "Lavrov");
        linker.link(List.of(full, surname));
        assertEquals("sergey-lavrov", full.key());
        assertEquals("lavrov", surname.key());
    }
}
