package org.actorgraph.link;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Records links in the links graph: the {@code owl:sameAs} triple itself, so queries over the union graph see it on
 * the entity, and beside it a reified statement typed {@code ag:Link} carrying the score, the method, the evidence and
 * the {@code prov:Activity} (one run of {@code actorgraph link}) that made it.
 */
public final class LinkWriter {
    private LinkWriter() {}

    /** Adds the links in one transaction; the article graphs are not touched. Nothing is written for no links. */
    public static void write(Dataset dataset, List<LinkOutcome> linked, String endpoint, Instant started,
                             Instant ended) {
        if (linked.isEmpty()) {
            return;
        }
        dataset.executeWrite(() -> {
            Model links = dataset.getNamedModel(LinkVocabulary.LINKS_GRAPH);
            Resource run = links.createResource(runIri(started))
                    .addProperty(RDF.type, LinkVocabulary.provActivity)
                    .addProperty(RDFS.label, "actorgraph link")
                    .addProperty(LinkVocabulary.provUsed, links.createResource(endpoint))
                    .addLiteral(LinkVocabulary.provStartedAtTime, dateTime(links, started))
                    .addLiteral(LinkVocabulary.provEndedAtTime, dateTime(links, ended));
            for (LinkOutcome o : linked) {
                if (!o.isLinked()) {
                    continue;
                }
                Resource entity = links.createResource(o.target().iri());
                Resource item = links.createResource(o.item());
                links.add(entity, OWL.sameAs, item);
                links.createResource(linkIri(o.target().iri(), o.chosen().candidate().qid()))
                        .addProperty(RDF.type, AG.Link)
                        .addProperty(RDF.type, RDF.Statement)
                        .addProperty(RDF.subject, entity)
                        .addProperty(RDF.predicate, OWL.sameAs)
                        .addProperty(RDF.object, item)
                        .addLiteral(AG.score, links.createTypedLiteral(
                                BigDecimal.valueOf(o.chosen().score()), XSDDatatype.XSDdecimal))
                        .addProperty(AG.method, LinkVocabulary.METHOD_WIKIDATA)
                        .addProperty(RDFS.comment, String.join("; ", o.chosen().reasons()))
                        .addProperty(LinkVocabulary.provWasGeneratedBy, run);
            }
        });
    }

    /** e.g. {@code https://w3id.org/actorgraph/graph/links/person/sergey-lavrov/Q130700}. */
    static String linkIri(String entityIri, String qid) {
        String[] parts = entityIri.split("/");
        String tail = parts.length >= 2 && entityIri.matches("^https?://.*")
                ? parts[parts.length - 2] + "/" + parts[parts.length - 1]
                : UUID.nameUUIDFromBytes(entityIri.getBytes(StandardCharsets.UTF_8)).toString();
        return LinkVocabulary.LINKS_GRAPH + "/" + tail + "/" + qid;
    }

    static String runIri(Instant started) {
        return LinkVocabulary.LINKS_GRAPH + "/run/" + started.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model m, Instant t) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return m.createTypedLiteral(c);
    }
}
