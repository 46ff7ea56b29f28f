package org.actorgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Entity;
import org.actorgraph.model.NamedMention;
import org.actorgraph.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one article in phases ({@link Phase}): names first, then who they are (titles, memberships, countries), then
 * who said what and its details, then who met whom, and last the DBpedia links. Each phase's rules write to one
 * {@link Findings}; the result is frozen into the immutable model.
 */
public final class ArticleExtractor {
    private final NlpPipeline nlp;
    private final MentionDetector mentions = new MentionDetector();
    private final RepeatedNames repeated = new RepeatedNames();
    private final CountryInstitutions institutions = new CountryInstitutions();
    private final SurnameJoining surnames = new SurnameJoining();
    private final ShortCountryNames shortCountries = new ShortCountryNames();
    private final StatementAuthor author = new StatementAuthor();
    private final Affiliations affiliations = new Affiliations();
    private final ArticleTheme theme = new ArticleTheme();
    private final OneQuotation oneQuotation = new OneQuotation();
    private final JointStance jointStance = new JointStance();
    private final List<DetailRule> details = List.of(new CueDate(), new Addressees(), new CueStance(), new ContentFrame(), new WordStance(),
            new OwnCommitment(), new AccompaniedAct(), new Targets(), new ContentTopics(theme), theme);
    private final EntityLinker linker;

    public ArticleExtractor(NlpPipeline nlp) {
        this(nlp, null);
    }

    /** With a linker, entities get DBpedia links; without one (null), none. */
    public ArticleExtractor(NlpPipeline nlp, EntityLinker linker) {
        this.nlp = nlp;
        this.linker = linker;
    }

    /** Every rule, phase by phase, in the order they run. */
    public static List<Rule> rules() {
        List<Rule> out = new ArrayList<>(List.of(new MentionDetector(), new CountryInstitutions(), new RepeatedNames(), new ShortCountryNames(), new SurnameJoining(), new StatementAuthor(), new Affiliations()));
        out.addAll(Statements.rules());
        out.addAll(List.of(new CueDate(), CueDate.ARTICLE_DATE, new Addressees(), Addressees.GROUP, new CueStance(),
                CueStance.NEGATED, new ContentFrame(), new WordStance(), new OwnCommitment(), new AccompaniedAct(), new Targets(), Targets.ACTED_AGAINST, new ContentTopics(new ArticleTheme()), ContentTopics.SIDES, ContentTopics.SENTENCE,
                ContentTopics.PARAGRAPH, ContentTopics.REFERENCE, new ArticleTheme(), new JointStance(), new OneQuotation()));
        out.addAll(Events.rules());
        out.add(EntityLinker.RULE);
        return out;
    }

    public ArticleExtraction extract(Article article) {
        return read(article).extraction(false);
    }

    /** The extraction with every reference to an entity, pronouns and descriptions included: evaluation needs them. */
    public ArticleExtraction extractWithReferences(Article article) {
        return read(article).extraction(true);
    }

    /** The extraction with every rule firing, for a person asking why the graph says what it says. */
    public Explanation explain(Article article) {
        Reading r = read(article);
        return Explanation.of(r.extraction(false), r.view, r.findings);
    }

    private record Reading(ArticleView view, Findings findings, Speakers speakers, List<EntityNode> entities) {
        ArticleExtraction extraction(boolean references) {
            Map<EntityNode, Entity> frozen = new IdentityHashMap<>();
            List<Entity> es = entities.stream().map(e -> e.freeze(frozen)).toList();
            List<NamedMention> ms = references
                    ? References.of(view, speakers).stream().map(f -> new NamedMention(f.span(), f.entity().freeze(frozen), f.how())).toList()
                    : List.of();
            return new ArticleExtraction(view.article, es, ms,
                    findings.positions().stream().map(p -> p.freeze(frozen)).toList(),
                    findings.events().stream().map(e -> e.freeze(frozen)).toList());
        }
    }

    private Reading read(Article article) {
        CoreDocument doc = nlp.annotate(article.text(), article.date());
        List<Sentences> sentences = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentences s = new Sentences(doc.sentences().get(i), i, article.text());
            sentences.add(s);
            found.addAll(institutions.apply(s, mentions.detect(s)));
        }
        List<Mention> again = repeated.find(sentences, found);
        found.addAll(again);
        found.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::begin));
        SurnameJoining.personsTaggedAsOrganizations(found);
        shortCountries.apply(found);
        ArticleView view = new ArticleView(article, sentences, found);
        Findings findings = new Findings(new EntityRegistry(article.id()));
        EntityRegistry registry = findings.entities;
        Speakers speakers = new Speakers(view, findings);
        for (Mention m : found) findings.fired(again.contains(m) ? repeated : mentions, sentences.get(m.sentence()), m.end() - 1);

        surnames.apply(found, registry, speakers.actors());
        registry.author(author.of(article.title(), nlp, mentions, registry, speakers.actors(), sentences.size() - 1));
        affiliations.assign(view, registry, speakers.actors());

        Statements.apply(view, speakers, findings);
        for (PositionDraft p : findings.positions()) for (DetailRule rule : details) rule.apply(view, speakers, p);
        jointStance.apply(findings.positions());
        Affiliations.countrySpokenFor(view, speakers, findings.positions());
        oneQuotation.apply(article.text(), findings);

        Events.apply(view, speakers, findings);

        Set<EntityNode> used = new HashSet<>();
        for (PositionDraft p : findings.positions()) {
            used.addAll(p.addressees);
            used.addAll(p.targets);
            if (p.speaker != null) p.speaker.markNamed();
        }
        for (EventDraft e : findings.events()) used.addAll(e.participants);
        registry.keepGroups(used);
        // Whatever speaks, is spoken to or takes part is one of the article's actors, however the text wrote it.
        for (EntityNode e : used) e.markNamed();
        registry.countriesNamedInsideNames();
        List<EntityNode> entities = registry.entities();
        // Last, so that renaming an entity after its page cannot change what the rules above matched.
        if (linker != null) linker.link(entities);
        return new Reading(view, findings, speakers, entities);
    }
}
