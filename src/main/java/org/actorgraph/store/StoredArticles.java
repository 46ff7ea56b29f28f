package org.actorgraph.store;

import org.actorgraph.article.Article;
import org.actorgraph.vocabulary.AG;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

import java.time.LocalDate;
import java.util.Optional;

/** Reads back an article as it was converted: its text, title, date, URL and publisher, by its identifier. */
public final class StoredArticles {
    private static final String QUERY = """
            SELECT ?text ?title ?date ?url ?publisher WHERE {
              GRAPH ?g {
                ?a a ?articleClass ; ?identifier ?id ; ?isString ?text .
                OPTIONAL { ?a ?titleP ?title }
                OPTIONAL { ?a ?dateP ?date }
                OPTIONAL { ?a ?urlP ?url }
                OPTIONAL { ?a ?publisherP ?publisher }
              }
            } LIMIT 1""";

    private StoredArticles() {}

    public static Optional<Article> byIdentifier(Dataset dataset, String id) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setIri("articleClass", AG.Article.getURI());
        q.setIri("identifier", AG.DCTERMS + "identifier");
        q.setLiteral("id", id);
        q.setIri("isString", AG.nifIsString.getURI());
        q.setIri("titleP", AG.DCTERMS + "title");
        q.setIri("dateP", AG.DCTERMS + "date");
        q.setIri("urlP", AG.schemaUrl.getURI());
        q.setIri("publisherP", AG.schemaPublisher.getURI());
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
                ResultSet rs = qe.execSelect();
                if (!rs.hasNext()) return Optional.empty();
                QuerySolution row = rs.next();
                return Optional.of(new Article(id, row.getLiteral("text").getString(), text(row, "title"),
                        row.contains("date") ? LocalDate.parse(row.getLiteral("date").getLexicalForm()) : null,
                        row.contains("url") ? row.get("url").toString() : null, text(row, "publisher"), "store"));
            }
        });
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getString() : null;
    }
}
