package org.actorgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The protocol corners Fuseki leaves to the server in front of {@code /actorgraph}: the service description at the
 * query endpoints, the graph format names SPARQL client libraries send ({@code format=rdf+xml}), and on a read-only
 * server one plain answer to a SPARQL Update instead of Fuseki's "No operation for request".
 */
final class ProtocolFilter extends HttpFilter {
    /** Parameters Fuseki reads a result format from. */
    private static final String[] FORMAT_PARAMS = {"output", "format", "results"};
    /** Graph format names used by SPARQL client libraries that Fuseki does not know, to their media types. */
    private static final Map<String, String> GRAPH_FORMAT_NAMES = Map.of(
            "rdf+xml", "application/rdf+xml",
            "rdfxml", "application/rdf+xml",
            "turtle", "text/turtle",
            "n3", "text/turtle",
            "ntriples", "application/n-triples",
            "n-triples", "application/n-triples",
            "jsonld", "application/ld+json",
            "nquads", "application/n-quads");
    static final String READ_ONLY_MESSAGE = "This ActorGraph server is read-only: SPARQL Update is not accepted. "
            + "Change the store with the actorgraph command line, or serve it with --update and --password-file.";

    private final String prefix;
    private final ServerOptions options;

    ProtocolFilter(String datasetPath, ServerOptions options) {
        this.prefix = datasetPath;
        this.options = options;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (isServiceDescriptionRequest(req, path)) {
            describe(req, resp);
            return;
        }
        if (!options.allowUpdate() && isUpdate(req)) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            resp.setContentType("text/plain;charset=utf-8");
            resp.getOutputStream().write((READ_ONLY_MESSAGE + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(withKnownFormatNames(req), resp);
    }

    private boolean isServiceDescriptionRequest(HttpServletRequest req, String path) {
        boolean queryEndpoint = path.equals(prefix + "/sparql") || path.equals(prefix + "/query");
        String qs = req.getQueryString();
        return queryEndpoint && (req.getMethod().equals("GET") || req.getMethod().equals("HEAD"))
                && (qs == null || qs.isEmpty());
    }

    private void describe(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String endpoint = req.getRequestURL().toString();
        Model description = ServiceDescription.of(endpoint, options);
        Lang lang = GraphSyntax.choose(req.getHeader("Accept"));
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        if (req.getMethod().equals("HEAD")) {
            return;
        }
        RDFDataMgr.write(resp.getOutputStream(), description, lang);
    }

    private static boolean isUpdate(HttpServletRequest req) {
        if (!req.getMethod().equals("POST")) {
            return false;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            return true;
        }
        return type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") != null;
    }

    private static HttpServletRequest withKnownFormatNames(HttpServletRequest req) {
        Map<String, String[]> replaced = new HashMap<>();
        for (String name : FORMAT_PARAMS) {
            String value = req.getParameter(name);
            if (value != null) {
                String type = GRAPH_FORMAT_NAMES.get(value.strip().toLowerCase(Locale.ROOT));
                if (type != null) {
                    replaced.put(name, new String[] {type});
                }
            }
        }
        if (replaced.isEmpty()) {
            return req;
        }
        Map<String, String[]> all = new HashMap<>(req.getParameterMap());
        all.putAll(replaced);
        return new HttpServletRequestWrapper(req) {
            @Override
            public String getParameter(String name) {
                String[] v = all.get(name);
                return v == null || v.length == 0 ? null : v[0];
            }

            @Override
            public String[] getParameterValues(String name) {
                return all.get(name);
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return all;
            }
        };
    }
}
