package org.actorgraph.extract;

import java.util.List;

/** A way a phrase is resolved to an actor, with its confidence: a name is surer than a pronoun. */
record SpeakerRule(String name, double confidence, String description) implements Rule {
    static final SpeakerRule NAMED = new SpeakerRule("speaker.named", 0.9, "a name of a person, organisation or country");
    static final SpeakerRule APPOSED = new SpeakerRule("speaker.apposed-name", 0.9, "a title or a common noun with a name beside it: \"the Foreign Minister, Sameh Shoukry\", \"the state news agency KCNA\"");
    static final SpeakerRule STATEMENT_OF = new SpeakerRule("speaker.statement-of", 0.8, "a statement, spokesman or members of a named actor: \"a Kremlin spokesman\", \"BRICS leaders\"");
    static final SpeakerRule METONYM = new SpeakerRule("speaker.capital-for-country", 0.8, "a capital acting for its country: \"Moscow rejected\"");
    static final SpeakerRule TITLE = new SpeakerRule("speaker.title", 0.75, "a definite title: the person the article gave it, else the article's holder of it");
    static final SpeakerRule PRONOUN = new SpeakerRule("speaker.pronoun", 0.7, "he or she: the person highest in its sentence's parse named before it, else the one an earlier sentence's main clause is about; never one whose first name is of the other gender");
    static final SpeakerRule CATAPHORA = new SpeakerRule("speaker.pronoun-before-subject", 0.75, "his or her in a phrase put before its clause's subject: that subject (\"In his speech, X said\")");
    static final SpeakerRule FIRST_PERSON = new SpeakerRule("speaker.first-person", 0.8, "I or we in a quotation or statement: its speaker");
    static final SpeakerRule AUTHOR = new SpeakerRule("speaker.statement-author", 0.75, "I or we outside quotations in a statement whose title names its author");
    static final SpeakerRule GOVERNMENT = new SpeakerRule("speaker.government-of-country", 0.8, "a country's government or authorities: \"the Iraqi government\", \"Iran's leadership\", \"X, whose government\"; \"the government\" alone is the one last named with its country");
    static final SpeakerRule BODY_BEFORE = new SpeakerRule("speaker.body-named-before", 0.75, "\"the\" and the head word of an organisation's name given in the three sentences before (\"the ministry\" after \"the Norwegian Foreign Ministry\"), or a noun for any body (\"the group\"): that organisation");
    static final SpeakerRule EARLIER_SOURCE = new SpeakerRule("speaker.earlier-source", 0.7, "\"the statement said\" or \"it added\": the body that spoke in the sentence before (\"the statement\" the one that issued it)");
    static final SpeakerRule MISATTACHED = new SpeakerRule("speaker.misattached-verb", 0.6, "a verb parsed onto a long apposition: \"X, a member of Y, called on Z\"");

    static List<Rule> all() {
        return List.of(NAMED, APPOSED, STATEMENT_OF, METONYM, GOVERNMENT, TITLE, PRONOUN, CATAPHORA, FIRST_PERSON, AUTHOR, EARLIER_SOURCE, BODY_BEFORE, MISATTACHED);
    }

    @Override
    public Phase phase() {
        return Phase.VOICES;
    }
}
