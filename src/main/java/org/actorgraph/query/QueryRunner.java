package org.actorgraph.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.SortCondition;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * Runs prepared queries. Parameter values are bound as RDF terms through {@link ParameterizedSparqlString}, so a
 * value is always one literal or one IRI and can never change the shape of the query.
 */
public final class QueryRunner {
    // Characters RFC 3987 does not allow anywhere in an IRI; refusing them keeps a value from ending the IRI term.
    private static final Pattern BAD_IRI_CHARS = Pattern.compile("[\\s<>\"{}|^`\\\\]");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");

    private final PreparedQueries catalog;
    private final QueryLimits limits;

    public QueryRunner(PreparedQueries catalog) {
        this(catalog, QueryLimits.NONE);
    }

    public QueryRunner(PreparedQueries catalog, QueryLimits limits) {
        this.catalog = catalog;
        this.limits = limits;
    }

    public QueryLimits limits() {
        return limits;
    }

    public PreparedQueries catalog() {
        return catalog;
    }

    /** Looks up a query by name. */
    public PreparedQuery find(String name) {
        return catalog.get(name).orElseThrow(() -> PreparedQueryException.unknownQuery(name, catalog.names()));
    }

    /** The query with every parameter bound; fails on unknown, missing or malformed parameters. */
    public Query prepare(String name, Map<String, String> params) {
        PreparedQuery prepared = find(name);
        checkParameters(prepared, params);
        ParameterizedSparqlString pss = new ParameterizedSparqlString(prepared.text());
        for (PreparedQuery.Parameter p : prepared.parameters()) {
            String value = params.get(p.name());
            if (p.kind() == PreparedQuery.Kind.IRI) {
                value = unbracket(value);
                checkIri(prepared, p, value);
                pss.setIri(p.name(), value);
            } else {
                pss.setLiteral(p.name(), value);
            }
        }
        return limits.cap(pss.asQuery());
    }

    private static void checkParameters(PreparedQuery prepared, Map<String, String> params) {
        TreeSet<String> unknown = new TreeSet<>(params.keySet());
        prepared.parameters().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            throw PreparedQueryException.badParameters("Query '" + prepared.name() + "' has no parameter "
                    + String.join(", ", unknown) + "; " + expected(prepared));
        }
        List<String> missing = new ArrayList<>();
        for (PreparedQuery.Parameter p : prepared.parameters()) {
            if (params.get(p.name()) == null) {
                missing.add(p.name());
            }
        }
        if (!missing.isEmpty()) {
            throw PreparedQueryException.badParameters("Query '" + prepared.name() + "' needs parameter "
                    + String.join(", ", missing) + "; " + expected(prepared));
        }
    }

    // IRIs are often copied from Turtle or query results with their angle brackets.
    private static String unbracket(String value) {
        String v = value.strip();
        return v.length() > 2 && v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
    }

    private static void checkIri(PreparedQuery prepared, PreparedQuery.Parameter p, String value) {
        if (!ABSOLUTE_IRI.matcher(value).matches() || BAD_IRI_CHARS.matcher(value).find()) {
            throw PreparedQueryException.badParameters("Parameter " + p.name() + " of query '" + prepared.name()
                    + "' must be an absolute IRI, got '" + value + "'");
        }
    }

    private static String expected(PreparedQuery prepared) {
        if (prepared.parameters().isEmpty()) {
            return "it takes no parameters";
        }
        return "usage: " + prepared.synopsis();
    }

    /** Runs the query in a read transaction and writes its results to {@code out}. */
    public void run(Dataset dataset, String name, Map<String, String> params, ResultFormat format, OutputStream out) {
        run(dataset, name, params, format, out, 0);
    }

    /**
     * As {@link #run(Dataset, String, Map, ResultFormat, OutputStream)}, returning at most {@code rowLimit} rows when
     * it is positive: a caller that shows only the first rows of a sorted answer (the explorer page) asks for those.
     */
    public void run(Dataset dataset, String name, Map<String, String> params, ResultFormat format, OutputStream out,
                    long rowLimit) {
        Query query = new QueryLimits(null, rowLimit, true).cap(prepare(name, params));
        dataset.executeRead(() -> {
            try (QueryExecution qe = limits.applyTo(QueryExecution.dataset(dataset).query(query)).build()) {
                write(qe, query, format, out);
            }
        });
    }

    /**
     * As {@link #run(Dataset, String, Map, ResultFormat, OutputStream, long)}, skipping the first {@code offset} rows.
     * A listing whose rows come from an ordered inner SELECT (the whole-store listings read precomputed rows that way)
     * is paged in that inner SELECT, so only the rows of the page are read beyond their sort keys.
     */
    public void run(Dataset dataset, String name, Map<String, String> params, ResultFormat format, OutputStream out,
                    long rowLimit, long offset) {
        Query prepared = prepare(name, params);
        dataset.executeRead(() -> {
            Query query = orderedRows(prepared) == null ? page(prepared, rowLimit, offset) : pageOfRows(dataset, prepared, rowLimit, offset);
            try (QueryExecution qe = limits.applyTo(QueryExecution.dataset(dataset).query(query)).build()) {
                write(qe, query, format, out);
            }
        });
    }

    /**
     * {@code query} with its ordered inner SELECT replaced by the rows of the page, chosen here: the inner SELECT is
     * read unsorted and the page kept by comparing sort keys as strings, which for a hundred thousand rows is a tenth
     * of the time ORDER BY with LIMIT takes in the query engine (measured at 10M triples on 131,577 rows: 0.3 s against 2–2.5 s). The
     * outer query still sorts the page's rows by the same key, so the order is the query's own. Inside a read
     * transaction.
     */
    private Query pageOfRows(Dataset dataset, Query query, long rowLimit, long offset) {
        Query sub = orderedRows(query);
        List<SortCondition> order = sub.getOrderBy();
        if (order.size() != 1 || !order.get(0).getExpression().isVariable() || order.get(0).getDirection() == Query.ORDER_DESCENDING) {
            return page(query, rowLimit, offset);
        }
        Var keyVar = order.get(0).getExpression().asVar();
        long pageRows = pageRows(rowLimit);
        long keep = pageRows == Query.NOLIMIT ? Long.MAX_VALUE : pageRows + Math.max(0, offset);
        Query unsorted = overPatternOf(sub);
        sub.getProjectVars().forEach(unsorted::addResultVar);
        Comparator<Binding> byKey = Comparator.comparing(b -> sortKey(b.get(keyVar)));
        // The rows to keep, worst first, so the worst is dropped when a better one comes.
        PriorityQueue<Binding> best = new PriorityQueue<>(byKey.reversed());
        try (QueryExecution qe = limits.applyTo(QueryExecution.dataset(dataset).query(unsorted)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                Binding b = BindingFactory.copy(rs.nextBinding());
                if (best.size() < keep) best.add(b);
                else if (byKey.compare(b, best.peek()) < 0) {
                    best.poll();
                    best.add(b);
                }
            }
        }
        List<Binding> rows = new ArrayList<>(best);
        rows.sort(byKey);
        rows = rows.subList((int) Math.min(rows.size(), Math.max(0, offset)), rows.size());
        Query paged = query.cloneQuery();
        ((ElementGroup) paged.getQueryPattern()).getElements().set(0, new ElementData(sub.getProjectVars(), rows));
        return paged;
    }

    /** A sort key's string, compared as ORDER BY compares plain literals: by lexical form. */
    private static String sortKey(Node key) {
        return key == null ? "" : key.isLiteral() ? key.getLiteralLexicalForm() : key.toString();
    }

    /** A new SELECT over {@code sub}'s pattern and prefixes, with no projection, order or limit yet. */
    private static Query overPatternOf(Query sub) {
        Query q = new Query();
        q.setQuerySelectType();
        q.setPrefixMapping(sub.getPrefixMapping());
        q.setQueryPattern(sub.getQueryPattern());
        return q;
    }

    /** Rows a page holds: {@code rowLimit} (0: every row), within the server's row cap. */
    private long pageRows(long rowLimit) {
        long cap = limits.maxRows() > 0 ? limits.maxRows() : Query.NOLIMIT;
        if (rowLimit <= 0) return cap;
        return cap == Query.NOLIMIT ? rowLimit : Math.min(rowLimit, cap);
    }

    /**
     * The number of rows of a listing whose rows come from an ordered inner SELECT, counted without reading them; empty
     * for any other query.
     */
    public java.util.OptionalLong total(Dataset dataset, String name, Map<String, String> params) {
        Query sub = orderedRows(prepare(name, params));
        if (sub == null) return java.util.OptionalLong.empty();
        Query count = overPatternOf(sub);
        count.addResultVar("n", count.allocAggregate(org.apache.jena.sparql.expr.aggregate.AggregatorFactory.createCount(false)));
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = limits.applyTo(QueryExecution.dataset(dataset).query(count)).build()) {
                ResultSet rs = qe.execSelect();
                return java.util.OptionalLong.of(rs.hasNext() ? rs.next().getLiteral("n").getLong() : 0);
            }
        });
    }

    /** {@code query} limited to {@code rowLimit} rows (0: as it is) after skipping {@code offset}. */
    private Query page(Query query, long rowLimit, long offset) {
        Query sub = orderedRows(query);
        if (sub == null) {
            Query paged = new QueryLimits(null, rowLimit, true).cap(query);
            if (offset > 0) {
                paged = paged == query ? query.cloneQuery() : paged;
                paged.setOffset(offset);
            }
            return paged;
        }
        // The outer query keeps the server's row cap; the inner one gets the page, within that cap.
        sub.setLimit(pageRows(rowLimit));
        if (offset > 0) sub.setOffset(offset);
        return query;
    }

    /** The inner SELECT a listing's rows come from, when its pattern starts with one that has an ORDER BY; else null. */
    private static Query orderedRows(Query query) {
        if (!query.isSelectType()
                || !(query.getQueryPattern() instanceof ElementGroup group)
                || group.isEmpty()
                || !(group.get(0) instanceof ElementSubQuery first)) {
            return null;
        }
        return first.getQuery().hasOrderBy() ? first.getQuery() : null;
    }

    /** Runs a SELECT query and returns its rows, detached from the transaction. */
    public List<QuerySolution> select(Dataset dataset, String name, Map<String, String> params) {
        Query query = prepare(name, params);
        if (!query.isSelectType()) {
            throw PreparedQueryException.badParameters("Query '" + name + "' is not a SELECT query");
        }
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = limits.applyTo(QueryExecution.dataset(dataset).query(query)).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                // Store bindings resolve their terms lazily; copy every term while the transaction is open.
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                }
                return rows;
            }
        });
    }

    /** Runs {@code qe}, the execution of {@code query}, and writes its answer in {@code format}. */
    public static void write(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            if (format == ResultFormat.TABLE) {
                ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            } else {
                ResultsWriter.create().lang(format.lang()).write(out, rs);
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            if (format == ResultFormat.TABLE) {
                ResultSetFormatter.out(out, answer);
            } else {
                ResultsWriter.create().lang(format.lang()).write(out, answer);
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(out, model, format == ResultFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
