package org.actorgraph.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelinesTest {

    @Test
    void theDashAfterADatelineEndsItsSentence() {
        assertEquals("GENEVA, May 12 \n The United States and China agreed.",
                Datelines.asOwnSentences("GENEVA, May 12 – The United States and China agreed."));
        assertEquals("NEW DELHI, May 10 (Reuters) \n India said.", Datelines.asOwnSentences("NEW DELHI, May 10 (Reuters) - India said."));
        assertEquals("Headline\nTAIPEI \n\n China staged drills.", Datelines.asOwnSentences("Headline\nTAIPEI -- China staged drills."));
    }

    @Test
    void aDashInsideASentenceOrAfterAnOrdinaryWordStays() {
        String[] kept = {
            "The U.S. – China talks ended.",
            "Officials said – again – that talks would go on.",
            "He said: NATO – and the EU – must act.",
            "Foreign Minister X – who spoke on Monday – said so."};
        for (String text : kept) assertEquals(text, Datelines.asOwnSentences(text), text);
    }

    @Test
    void theTextKeepsItsLength() {
        String text = "KYIV, Aug. 23 — Ukraine said.\n\nMOSCOW — Russia said.";
        assertEquals(text.length(), Datelines.asOwnSentences(text).length());
    }
}
