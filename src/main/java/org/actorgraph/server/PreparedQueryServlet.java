package org.actorgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.actorgraph.query.PreparedQuery;
import org.actorgraph.query.PreparedQueryException;
import org.actorgraph.query.QueryLimits;
import org.actorgraph.query.QueryRunner;
import org.actorgraph.query.ResultFormat;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /actorgraph/prepared/{name}?param=value&format=json}: runs one prepared query. Request parameters other
 * than {@code format} and {@code limit} are the query's parameters; the result format comes from {@code format} or the
 * Accept header; {@code limit=N} returns at most N rows (never more than the server's row cap), {@code offset=M} skips
 * the first M. A whole-store listing (a query with a {@code # page: N} header) returns its first N rows when no limit is
 * asked for ({@code limit=all} for every row up to the cap), and reports its number of rows in {@value #TOTAL_HEADER}.
 */
final class PreparedQueryServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(PreparedQueryServlet.class);
    static final String FORMAT_PARAM = "format";
    static final String LIMIT_PARAM = "limit";
    static final String OFFSET_PARAM = "offset";
    static final String TOTAL_HEADER = "X-ActorGraph-Total-Rows";

    private final transient QueryRunner runner;
    private final transient Dataset dataset;
    /** Null when answers must not be kept: on a server that accepts updates. */
    private final transient AnswerCache cache;
    private transient volatile QueryExecution warming;
    private transient volatile boolean warmingStopped;

    PreparedQueryServlet(QueryRunner runner, Dataset dataset, AnswerCache cache) {
        this.runner = runner;
        this.dataset = dataset;
        this.cache = cache;
    }

    /**
     * Runs a SELECT query and keeps its answer, so the first request for it is answered at once; failures are only
     * logged. {@link #stopWarming} aborts it, so a server stopping soon after its start leaves no query running.
     */
    void warm(String name, Map<String, String> params, ResultFormat format, long rowLimit) {
        if (cache == null || warmingStopped) {
            return;
        }
        try {
            Query query = new QueryLimits(null, rowLimit, true).cap(runner.prepare(name, params));
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            dataset.executeRead(() -> {
                try (QueryExecution qe = runner.limits().applyTo(QueryExecution.dataset(dataset).query(query)).build()) {
                    warming = qe;
                    if (warmingStopped) {
                        return;
                    }
                    ResultsWriter.create().lang(format.lang()).write(body, qe.execSelect());
                } finally {
                    warming = null;
                }
            });
            if (!warmingStopped) {
                cache.put(new AnswerCache.Key(name, params, format, rowLimit, 0), body.toByteArray());
            }
        } catch (RuntimeException e) {
            if (!warmingStopped) {
                LOG.warn("Prepared query {} could not be answered ahead of time: {}", name, e.getMessage());
            }
        }
    }

    /** Aborts the query {@link #warm} is running, if any, and any it would start. */
    void stopWarming() {
        warmingStopped = true;
        QueryExecution qe = warming;
        if (qe != null) {
            qe.abort();
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = queryName(req);
        if (name.isEmpty()) {
            listQueries(resp);
            return;
        }
        ResultFormat format;
        try {
            String requested = req.getParameter(FORMAT_PARAM);
            format = requested != null ? ResultFormat.parse(requested)
                    : ResultFormat.fromAccept(req.getHeader("Accept")).orElse(ResultFormat.JSON);
        } catch (IllegalArgumentException e) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        long rowLimit;
        long offset;
        try {
            rowLimit = limit(req.getParameter(LIMIT_PARAM));
            offset = offset(req.getParameter(OFFSET_PARAM));
        } catch (IllegalArgumentException e) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        PreparedQuery prepared = runner.catalog().get(name).orElse(null);
        long page = prepared == null ? 0 : prepared.page();
        if (rowLimit == 0 && req.getParameter(LIMIT_PARAM) == null) {
            rowLimit = page;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(FORMAT_PARAM) || e.getKey().equals(LIMIT_PARAM) || e.getKey().equals(OFFSET_PARAM)) {
                continue;
            }
            if (e.getValue().length != 1) {
                plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Parameter " + e.getKey() + " given more than once");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        AnswerCache.Key key = new AnswerCache.Key(name, params, format, rowLimit, offset);
        byte[] kept = cache == null ? null : cache.get(key);
        // Results are produced in full before anything is sent, so a failure can still become a clean error status.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (page > 0) {
                // Counted afresh even for a kept answer: a count of sort keys, with no row read.
                runner.total(dataset, name, params).ifPresent(n -> resp.setHeader(TOTAL_HEADER, Long.toString(n)));
            }
            if (kept != null) {
                ok(resp, runner.find(name), format, kept);
                return;
            }
            runner.run(dataset, name, params, format, body, rowLimit, offset);
        } catch (PreparedQueryException e) {
            plain(resp, e.isUnknownQuery() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST,
                    e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            Duration limit = runner.limits().timeout();
            plain(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query cancelled: it ran longer than "
                    + (limit == null ? "allowed" : "the " + limit.toMillis() / 1000.0 + " s the server allows"));
            return;
        } catch (QueryDeniedException e) {
            plain(resp, HttpServletResponse.SC_FORBIDDEN, "Query refused: " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            LOG.warn("Prepared query {} failed", name, e);
            plain(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Query failed: " + e.getMessage());
            return;
        }
        byte[] answer = body.toByteArray();
        if (cache != null) {
            cache.put(key, answer);
        }
        ok(resp, runner.find(name), format, answer);
    }

    private static void ok(HttpServletResponse resp, PreparedQuery query, ResultFormat format, byte[] answer)
            throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType(query, format));
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setContentLength(answer.length);
        resp.getOutputStream().write(answer);
    }

    private static long limit(String value) {
        if (value == null || value.strip().equals("all")) {
            return 0;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for zero or a negative number.
        }
        throw new IllegalArgumentException("Parameter limit must be a positive whole number or 'all', got '" + value + "'");
    }

    private static long offset(String value) {
        if (value == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below, as for a negative number.
        }
        throw new IllegalArgumentException("Parameter offset must be a whole number, 0 or more, got '" + value + "'");
    }

    private static String contentType(PreparedQuery prepared, ResultFormat format) {
        Query query = QueryFactory.create(prepared.text());
        if (query.isConstructType() || query.isDescribeType()) {
            return format == ResultFormat.JSON ? "application/ld+json" : "text/turtle";
        }
        return format.contentType();
    }

    private void listQueries(HttpServletResponse resp) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (PreparedQuery q : runner.catalog().all()) {
            sb.append(q.synopsis()).append('\t').append(q.description()).append('\n');
        }
        plain(resp, HttpServletResponse.SC_OK, sb.toString());
    }

    private static String queryName(HttpServletRequest req) {
        String path = req.getPathInfo();
        if (path == null) {
            return "";
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return path;
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = (message.endsWith("\n") || message.isEmpty() ? message : message + "\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
