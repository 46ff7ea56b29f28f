package org.actorgraph.extract;

/**
 * The order in which an article is read. Each phase's rules see what the phases before it found, never what later
 * ones will: names before who they are, who speaks before what they said, what was said before its details.
 */
public enum Phase {
    MENTIONS("names of people, organisations, countries and places"),
    ENTITIES("which names are the same entity, and the author a statement's title names"),
    AFFILIATIONS("titles, memberships and countries of the entities"),
    VOICES("reporting cues with their speakers and what they report, and who speaks each quotation"),
    DETAILS("stance, topics, addressees, targets and date of each position"),
    EVENTS("meetings, talks, speeches and agreements with their participants, place and date"),
    LINKS("DBpedia pages of the entities");

    private final String reads;

    Phase(String reads) {
        this.reads = reads;
    }

    /** What the phase looks for, for people reading a trace. */
    public String reads() {
        return reads;
    }
}
