package org.actorgraph.graph;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Event;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.Position;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes one article's extraction as the RDF graph the ontology contract describes. */
public final class ArticleGraphMapper {
    private final Iris iris;

    public ArticleGraphMapper(Iris iris) {
        this.iris = iris;
    }

    public Model map(ArticleExtraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ag", AG.NS);
        Article a = x.article();
        String articleIri = iris.article(a.id());
        Resource article = m.createResource(articleIri)
                .addProperty(RDF.type, AG.Article)
                .addProperty(RDF.type, AG.nifContext)
                .addProperty(DCTerms.identifier, a.id())
                .addProperty(AG.nifIsString, a.text());
        if (a.title() != null) article.addProperty(DCTerms.title, a.title());
        if (a.date() != null) article.addProperty(DCTerms.date, m.createTypedLiteral(a.date().toString(), XSDDatatype.XSDdate));
        if (a.url() != null && a.url().matches("https?://[^\\s<>\"{}|\\\\^`]+")) article.addProperty(AG.schemaUrl, m.createResource(a.url()));
        if (a.publisher() != null) article.addProperty(AG.schemaPublisher, a.publisher());

        Set<Entity> written = new HashSet<>();
        for (Entity e : x.entities()) entity(m, e, article, written);

        int n = 0;
        for (Position p : x.positions()) {
            Resource r = m.createResource(iris.position(articleIri, ++n))
                    .addProperty(RDF.type, AG.Position)
                    .addProperty(AG.statedBy, entity(m, p.speaker(), article, written))
                    .addProperty(AG.cue, p.cue())
                    .addProperty(AG.text, p.content().of(a.text()))
                    .addProperty(AG.stance, switch (p.stance()) {
                        case SUPPORT -> AG.Support;
                        case OPPOSE -> AG.Oppose;
                        case NEUTRAL -> AG.Neutral;
                    })
                    .addProperty(AG.source, article)
                    .addProperty(AG.confidence, confidence(m, p.confidence()))
                    .addProperty(AG.evidence, mention(m, article, a.text(), p.sentence()));
            for (String t : p.topics()) r.addProperty(AG.topic, m.createResource(t));
            for (Entity e : p.addressees()) r.addProperty(AG.addressee, entity(m, e, article, written));
            for (Entity e : p.targets()) r.addProperty(AG.target, entity(m, e, article, written));
            if (p.date() != null) r.addProperty(AG.date, day(m, p.date()));
            trace(m, r, p.trace());
        }
        n = 0;
        for (Event e : x.events()) {
            Resource r = m.createResource(iris.event(articleIri, ++n))
                    .addProperty(RDF.type, AG.Event)
                    .addProperty(RDF.type, switch (e.kind()) {
                        case SPEECH -> AG.Speech;
                        case MEETING -> AG.Meeting;
                        case AGREEMENT -> AG.Agreement;
                    })
                    .addProperty(RDFS.label, e.label())
                    .addProperty(AG.status, e.planned() ? AG.Planned : AG.Occurred)
                    .addProperty(AG.source, article)
                    .addProperty(AG.confidence, confidence(m, e.confidence()))
                    .addProperty(AG.evidence, mention(m, article, a.text(), e.evidence()));
            for (Entity p : e.participants()) r.addProperty(AG.participant, entity(m, p, article, written));
            if (e.place() != null) r.addProperty(AG.place, entity(m, e.place(), article, written));
            if (e.date() != null) {
                r.addProperty(AG.date, day(m, e.date()));
            }
            if (e.duration() != null) r.addProperty(AG.duration, m.createTypedLiteral(e.duration(), XSDDatatype.XSDduration));
            trace(m, r, e.trace());
        }
        return m;
    }

    private Resource entity(Model m, Entity e, Resource article, Set<Entity> written) {
        Resource r = m.createResource(iris.entity(e));
        if (!written.add(e)) return r;
        switch (e.kind()) {
            case PERSON -> r.addProperty(RDF.type, AG.Person).addProperty(RDF.type, AG.Actor);
            case ORGANIZATION -> r.addProperty(RDF.type, AG.Organization).addProperty(RDF.type, AG.Actor);
            case COUNTRY -> r.addProperty(RDF.type, AG.Country).addProperty(RDF.type, AG.Actor).addProperty(RDF.type, AG.Place);
            case PLACE -> r.addProperty(RDF.type, AG.Place);
            case GROUP -> r.addProperty(RDF.type, AG.Group).addProperty(RDF.type, AG.Actor);
        }
        if (e.scope() != null && e.kind() == EntityKind.PERSON) r.addProperty(RDF.type, AG.TitleHolder);
        r.addProperty(RDFS.label, e.label());
        for (String alt : e.altLabels()) r.addProperty(SKOS.altLabel, alt);
        for (String standIn : e.standIns()) r.addProperty(SKOS.hiddenLabel, standIn);
        if (e.named()) r.addProperty(AG.mentionedIn, article);
        if (e.kind() != EntityKind.PLACE) for (String t : e.titles()) r.addProperty(AG.title, t);
        for (Entity org : e.memberOf()) r.addProperty(AG.memberOf, entity(m, org, article, written));
        if (e.country() != null && e.kind() != EntityKind.COUNTRY) r.addProperty(AG.country, entity(m, e.country(), article, written));
        for (String iri : e.sameAs()) r.addProperty(OWL.sameAs, m.createResource(iri));
        return r;
    }

    /** The rules that made a finding and set its parts, each a node named after the rule. */
    private static void trace(Model m, Resource finding, List<RuleUse> trace) {
        for (RuleUse use : trace) {
            Resource rule = m.createResource(AG.RULE_NS + use.rule()).addProperty(RDF.type, AG.Rule).addProperty(RDFS.label, use.rule());
            finding.addProperty(switch (use.part()) {
                case FOUND -> AG.madeBy;
                case CONTENT -> AG.contentBy;
                case SPEAKER -> AG.speakerBy;
                case STANCE -> AG.stanceBy;
                case TOPICS -> AG.topicBy;
                case ADDRESSEE -> AG.addresseeBy;
                case TARGET -> AG.targetBy;
                case DATE -> AG.dateBy;
                case PARTICIPANTS -> AG.participantBy;
                case PLACE -> AG.placeBy;
                case STATUS -> AG.statusBy;
            }, rule);
        }
    }

    /** A day with its year is an xsd:date; without one ("--06-05") an xsd:gMonthDay. */
    private static org.apache.jena.rdf.model.Literal day(Model m, String lexical) {
        return m.createTypedLiteral(lexical, lexical.startsWith("--") ? XSDDatatype.XSDgMonthDay : XSDDatatype.XSDdate);
    }

    private static org.apache.jena.rdf.model.Literal confidence(Model m, double c) {
        return m.createTypedLiteral(java.math.BigDecimal.valueOf(c).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private Resource mention(Model m, Resource article, String text, Span span) {
        return m.createResource(iris.mention(article.getURI(), span.begin(), span.end()))
                .addProperty(RDF.type, AG.Mention)
                .addProperty(AG.nifBeginIndex, m.createTypedLiteral(String.valueOf(span.begin()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(AG.nifEndIndex, m.createTypedLiteral(String.valueOf(span.end()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(AG.nifAnchorOf, span.of(text))
                .addProperty(AG.nifReferenceContext, article);
    }
}
