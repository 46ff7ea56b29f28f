package org.actorgraph.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.actorgraph.store.GraphExporter;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * How the answer of any SPARQL query is written: the results of SELECT and ASK, the graph of CONSTRUCT and DESCRIBE.
 * {@code table} and {@code json} fit both (Turtle and JSON-LD for a graph); the others fit one kind. Asked for by our
 * name or any name Jena knows for the language ({@code srj}, {@code ttl}, {@code nt}, {@code rdf} …).
 */
public enum SparqlFormat {
    TABLE("table", ResultSetLang.RS_Text, Lang.TURTLE),
    CSV("csv", ResultSetLang.RS_CSV, null),
    TSV("tsv", ResultSetLang.RS_TSV, null),
    JSON("json", ResultSetLang.RS_JSON, Lang.JSONLD),
    XML("xml", ResultSetLang.RS_XML, null),
    TURTLE("turtle", null, Lang.TURTLE),
    NTRIPLES("ntriples", null, Lang.NTRIPLES),
    RDFXML("rdfxml", null, Lang.RDFXML),
    JSONLD("jsonld", null, Lang.JSONLD);

    private final String id;
    private final Lang results;
    private final Lang graph;

    SparqlFormat(String id, Lang results, Lang graph) {
        this.id = id;
        this.results = results;
        this.graph = graph;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(SparqlFormat::id).toList();
    }

    private static List<String> ids(boolean forGraphs) {
        return Arrays.stream(values()).filter(f -> (forGraphs ? f.graph : f.results) != null).map(SparqlFormat::id).toList();
    }

    public static SparqlFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SparqlFormat f : values()) {
            if (f.id.equals(wanted)) return f;
        }
        ResultsFormat rf = ResultsFormat.lookup(wanted);
        Lang lang = rf == null ? null : ResultsFormat.convert(rf);
        Optional<SparqlFormat> byResults = find(lang, true);
        if (byResults.isPresent()) return byResults.get();
        Lang rdf = RDFLanguages.nameToLang(wanted);
        if (rdf == null && wanted.matches("[a-z0-9]+")) rdf = RDFLanguages.filenameToLang("answer." + wanted);
        return find(rdf, false).orElseThrow(() -> new IllegalArgumentException("Unknown format '" + name
                + "'; expected one of " + String.join(", ", ids(false)) + " (SELECT, ASK) or "
                + String.join(", ", ids(true).stream().filter(i -> !ids(false).contains(i)).toList())
                + " (CONSTRUCT, DESCRIBE)"));
    }

    private static Optional<SparqlFormat> find(Lang lang, boolean results) {
        if (lang == null) return Optional.empty();
        return Arrays.stream(values()).filter(f -> lang.equals(results ? f.results : f.graph)).findFirst();
    }

    /** Why this format cannot write the answer of {@code query}; empty when it can. */
    public Optional<String> misfit(Query query) {
        boolean graphQuery = query.isConstructType() || query.isDescribeType();
        if (graphQuery ? graph != null : results != null) return Optional.empty();
        return Optional.of(graphQuery
                ? "--format " + id + " is for SELECT and ASK; a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                        + " gives a graph: use one of " + String.join(", ", ids(true))
                : "--format " + id + " is for graphs; a " + (query.isSelectType() ? "SELECT" : "ASK")
                        + " gives results: use one of " + String.join(", ", ids(false)));
    }

    /** Runs {@code qe}, the execution of {@code query}, and writes its answer. */
    public void write(QueryExecution qe, Query query, OutputStream out) {
        if (query.isSelectType()) {
            if (this == TABLE) ResultSetFormatter.out(out, qe.execSelect(), query.getPrefixMapping());
            else ResultsWriter.create().lang(results).write(out, qe.execSelect());
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (this == TABLE) ResultSetFormatter.out(out, answer);
            else ResultsWriter.create().lang(results).write(out, answer);
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping().numPrefixes() > 0 ? query.getPrefixMapping() : GraphExporter.prefixes());
            RDFDataMgr.write(out, model, graph);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
