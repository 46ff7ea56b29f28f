package org.actorgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.actorgraph.query.QueryLimits;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;

/**
 * Fuseki's SPARQL query operation with ActorGraph's limits applied to every query: a timeout, a row cap, and SERVICE
 * refused unless the server allows it. A request cannot lift them; the protocol's {@code timeout} parameter is
 * ignored. A CONSTRUCT or DESCRIBE asked for with only SPARQL result formats in Accept is answered in the nearest RDF
 * syntax (see {@link GraphSyntax}) rather than Fuseki's Turtle default.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    /** Response header set when the row cap shortened a result; its value is the cap. */
    static final String ROW_CAP_HEADER = "X-ActorGraph-Row-Cap";

    private final QueryLimits limits;

    LimitedQueryService(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query capped = limits.cap(query);
        if (capped != query) {
            action.setResponseHeader(ROW_CAP_HEADER, Long.toString(limits.maxRows()));
        }
        QueryExecDatasetBuilder builder = QueryExec.newBuilder()
                .dataset(dataset)
                .query(capped)
                .context(action.getContext());
        return limits.applyTo(builder).build();
    }

    // Jena reports a refused SERVICE as a failed query; to the caller it is a forbidden operation, not a server error.
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryDeniedException e) {
            ServletOps.error(HttpSC.FORBIDDEN_403, "Query refused: " + e.getMessage()
                    + " (this server does not call other endpoints; see serve --allow-service)");
            return null;
        }
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        boolean graph = result != null && (result.isGraph() || result.isDataset());
        String accept = action.getRequestHeader("Accept");
        if (!graph || hasFormatParameter(action) || accept == null || GraphSyntax.named(accept) != null) {
            super.sendResults(action, result, prologue);
            return;
        }
        Lang lang = GraphSyntax.fallback(accept);
        action.setResponseStatus(HttpSC.OK_200);
        action.setResponseContentType(lang.getContentType().getContentTypeStr());
        action.setResponseCharacterEncoding("utf-8");
        try {
            if (result.isGraph()) {
                RDFDataMgr.write(action.getResponseOutputStream(), result.graph(), lang);
            } else {
                RDFDataMgr.write(action.getResponseOutputStream(), result.dataset().getDefaultGraph(), lang);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasFormatParameter(HttpAction action) {
        for (String name : new String[] {"output", "format", "results"}) {
            if (action.getRequestParameter(name) != null) {
                return true;
            }
        }
        return false;
    }
}
