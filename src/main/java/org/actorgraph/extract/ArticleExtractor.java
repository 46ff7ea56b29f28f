package org.actorgraph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.actorgraph.article.Article;
import org.actorgraph.nlp.NlpPipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one article into entities, positions and events: names first, then who they are (titles, memberships,
 * countries), then who said what and who met whom.
 */
public final class ArticleExtractor {
    private final NlpPipeline nlp;
    private final MentionDetector mentions = new MentionDetector();
    private final Affiliations affiliations = new Affiliations();
    private final PositionExtractor positions = new PositionExtractor(new TopicTagger());
    private final EventExtractor events = new EventExtractor();
    private final EntityLinker linker;

    public ArticleExtractor(NlpPipeline nlp) {
        this(nlp, null);
    }

    /** With a linker, entities get DBpedia links; without one (null), none. */
    public ArticleExtractor(NlpPipeline nlp, EntityLinker linker) {
        this.nlp = nlp;
        this.linker = linker;
    }

    public ArticleExtraction extract(Article article) {
        CoreDocument doc = nlp.annotate(article.text(), article.date());
        List<Sentences> sentences = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) sentences.add(new Sentences(doc.sentences().get(i), i, article.text()));
        ArticleContext ctx = new ArticleContext(article, sentences);
        for (Sentences s : sentences) ctx.addMentions(mentions.detect(s));
        ctx.resolveEntities();
        ctx.author(StatementAuthor.of(article.title(), nlp, mentions, ctx));
        affiliations.assign(ctx);
        List<Position> ps = positions.extract(ctx);
        List<Event> es = events.extract(ctx);
        Set<Entity> used = new HashSet<>();
        for (Position p : ps) {
            used.addAll(p.addressees());
            used.addAll(p.targets());
        }
        for (Event e : es) used.addAll(e.participants());
        ctx.keepGroups(used);
        List<Entity> entities = ctx.entities();
        // Last, so that renaming an entity after its page cannot change what the rules above matched.
        if (linker != null) linker.link(entities);
        return new ArticleExtraction(article, entities, ctx.namedMentions(), ps, es);
    }
}
