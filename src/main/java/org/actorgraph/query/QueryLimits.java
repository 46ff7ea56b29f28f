package org.actorgraph.query;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;

/**
 * What one query may cost: how long it may run, how many rows it may return, and whether it may call other
 * endpoints with SERVICE. An open endpoint applies them to every query so that no request can tie up the server or
 * make it fetch from elsewhere on a caller's behalf.
 *
 * @param timeout      longest a query may run, or null for no limit
 * @param maxRows      most solutions a query may return; 0 or less for no limit
 * @param allowService whether SERVICE clauses may call out over HTTP
 */
public record QueryLimits(Duration timeout, long maxRows, boolean allowService) {
    /** No timeout, no row cap; SERVICE as Jena's default allows it (for local command-line use). */
    public static final QueryLimits NONE = new QueryLimits(null, 0, true);

    public QueryLimits {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("Query timeout must be positive, got " + timeout);
        }
    }

    /**
     * The query with its LIMIT lowered to the row cap when it asks for more (or for everything); the query itself
     * when it is already within the cap. Never modifies its argument.
     */
    public Query cap(Query query) {
        if (maxRows <= 0 || !(query.isSelectType() || query.isConstructType())) {
            return query;
        }
        if (query.hasLimit() && query.getLimit() <= maxRows) {
            return query;
        }
        Query capped = query.cloneQuery();
        capped.setLimit(maxRows);
        return capped;
    }

    /** True when {@link #cap} changes the query. */
    public boolean caps(Query query) {
        return cap(query) != query;
    }

    public QueryExecutionDatasetBuilder applyTo(QueryExecutionDatasetBuilder builder) {
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.set(ARQ.httpServiceAllowed, allowService);
    }

    public QueryExecDatasetBuilder applyTo(QueryExecDatasetBuilder builder) {
        if (timeout != null) {
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.set(ARQ.httpServiceAllowed, allowService);
    }
}
