package org.actorgraph.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQuery;
import org.actorgraph.query.ResultFormat;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The start page at {@code /start}: the endpoints, the prefixes ActorGraph's data uses, and every prepared query with a
 * form that runs it and a link that opens it in the Fuseki query editor. Plain HTML, no script, nothing fetched from
 * elsewhere.
 */
final class LandingPage extends HttpServlet {
    static final String PATH = "/start";
    /** The Fuseki UI's editor, relative to the server's base URL; the UI only works served at the root. */
    static final String EDITOR = "#/dataset/" + ActorGraphServer.DATASET + "/query";

    private final transient byte[] page;

    LandingPage(PreparedQueries queries, ServerOptions options) {
        this.page = render(queries, options).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }

    /** Prefixes declared by the prepared queries, so the page shows those the data is written with. */
    static Map<String, String> prefixes(PreparedQueries queries) {
        Map<String, String> prefixes = new TreeMap<>();
        for (PreparedQuery q : queries.all()) {
            Query parsed = QueryFactory.create(q.text());
            prefixes.putAll(parsed.getPrefixMapping().getNsPrefixMap());
        }
        return prefixes;
    }

    static String editorLink(String queryText) {
        return "/" + EDITOR + "?query=" + URLEncoder.encode(queryText, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The query as the editor gets it: its parameters described in comments, since the editor cannot bind them. */
    static String editorText(PreparedQuery q) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(q.name()).append(": ").append(q.description()).append('\n');
        for (PreparedQuery.Parameter p : q.parameters()) {
            sb.append("# Parameter ?").append(p.name()).append(" (").append(p.kind()).append("): ")
                    .append(p.description()).append('\n');
            sb.append("#   bind it by adding, at the very end: VALUES ?").append(p.name()).append(" { ... }\n");
        }
        String body = q.text().lines().filter(l -> !l.matches("# (name|description|param):.*")).reduce("", (a, b) -> a + b + "\n");
        return sb.append(body).toString();
    }

    private static String render(PreparedQueries queries, ServerOptions options) {
        String ds = "/" + ActorGraphServer.DATASET;
        Map<String, String> prefixes = prefixes(queries);
        StringBuilder prefixLines = new StringBuilder();
        prefixes.forEach((p, iri) -> prefixLines.append("PREFIX ").append(p).append(": <").append(iri).append(">\n"));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>ActorGraph</title>\n<style>\n")
                .append("body{font:15px/1.45 sans-serif;max-width:60em;margin:1em auto;padding:0 1em}")
                .append("code,pre{font-size:13px}pre{background:#f4f4f4;padding:.5em;overflow:auto}")
                .append("section{border-top:1px solid #ddd;padding:.3em 0}label{margin-right:1em}")
                .append("\n</style>\n</head>\n<body>\n<h1>ActorGraph</h1>\n")
                .append("<p>Actors in news articles and the positions they state, as RDF. The default graph of a ")
                .append("query is the union of all graphs; each article is a named graph.</p>\n<ul>\n")
                .append("<li><a id=\"explore\" href=\"").append(ExplorePage.PATH).append("/\">Explorer</a>: the actor ")
                .append("network, profiles, timelines and evidence sentences, drawn from the prepared queries</li>\n")
                .append("<li>SPARQL endpoint: <a href=\"").append(ds).append("/sparql\"><code>").append(ds)
                .append("/sparql</code></a> (its service description when opened without a query)</li>\n")
                .append("<li><a id=\"editor\" href=\"").append(esc(editorLink(prefixLines + "\nSELECT * WHERE {\n  ?s ?p ?o\n}\nLIMIT 25\n")))
                .append("\">Query editor</a> (Fuseki UI), opened with the prefixes below</li>\n")
                .append("<li>Prepared queries over HTTP: <code>").append(ds).append("/prepared/{name}?param=value")
                .append("&amp;format=json</code></li>\n")
                .append("<li>").append(options.allowUpdate()
                        ? "Updates: <code>" + ds + "/update</code> and <code>" + ds + "/data</code>, with a login"
                        : "This server is read-only.").append("</li>\n</ul>\n")
                .append("<h2>Prefixes</h2>\n<pre id=\"prefixes\">").append(esc(prefixLines.toString())).append("</pre>\n")
                .append("<h2>Prepared queries</h2>\n");
        for (PreparedQuery q : queries.all()) {
            h.append("<section id=\"q-").append(esc(q.name())).append("\">\n<h3>").append(esc(q.name())).append("</h3>\n")
                    .append("<p>").append(esc(q.description())).append("</p>\n")
                    .append("<form method=\"get\" action=\"").append(ds).append("/prepared/").append(esc(q.name()))
                    .append("\">\n");
            for (PreparedQuery.Parameter p : q.parameters()) {
                h.append("<label>").append(esc(p.name())).append(" <input name=\"").append(esc(p.name()))
                        .append("\" required title=\"").append(esc(p.description())).append("\"></label>\n");
            }
            h.append("<label>format <select name=\"format\">");
            for (ResultFormat f : ResultFormat.values()) {
                h.append("<option").append(f == ResultFormat.TABLE ? " selected" : "").append('>')
                        .append(f.id()).append("</option>");
            }
            h.append("</select></label>\n<button type=\"submit\">Run</button>\n")
                    .append("<a class=\"editor\" href=\"").append(esc(editorLink(editorText(q))))
                    .append("\">Open in the query editor</a>\n</form>\n</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
