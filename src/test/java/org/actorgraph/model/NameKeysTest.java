package org.actorgraph.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeysTest {
    @Test
    void romanisedSpellingsOfOnePersonShareAKey() {
        assertEquals(NameKeys.personKey("Sergei Lavrov"), NameKeys.personKey("Sergey Lavrov"));
        assertEquals(NameKeys.personKey("Nikolai Patrushev"), NameKeys.personKey("Nikolay Patrushev"));
        assertEquals("Sergey Lavrov", NameKeys.foldPersonName("Sergei Lavrov"));
        assertNotEquals(NameKeys.personKey("Sergei Lavrov"), NameKeys.personKey("Sergei Ryabkov"));
    }

    @Test
    void slugsAreReadableAndKeepOtherScripts() {
        assertEquals("arise-france", NameKeys.slug("Arise, France"));
        assertEquals("dupont-aignan", NameKeys.slug("Dupont-Aignan"));
        assertEquals("francois-hollande", NameKeys.slug("François Hollande"));
        assertEquals("сергей-лавров", NameKeys.slug("Сергей Лавров"));
        assertNotEquals(NameKeys.slug("Сергей Лавров"), NameKeys.slug("Владимир Путин"));
        assertEquals("x", NameKeys.slug("…"));
    }
}
