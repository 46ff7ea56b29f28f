package org.actorgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The explorer at {@code /explore}: one HTML page, its script and style sheet, and cytoscape.js, all read from the
 * jar once. The page reads its data from the prepared queries over HTTP like any other client; this servlet only
 * hands out files.
 */
final class ExplorePage extends HttpServlet {
    static final String PATH = "/explore";
    static final String LIBRARY = "cytoscape.min.js";
    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    private record File(byte[] bytes, String type) {}

    /** A request the page makes: a prepared query, its parameters and the row limit it asks for. */
    record Request(String query, Map<String, String> params, long limit) {}

    /** What explore.js asks for on opening, with no filter set; keep in step with its loadTopics and loadNetwork. */
    static final List<Request> FIRST_REQUESTS = List.of(
            new Request("topics", Map.of(), 0),
            new Request("actor-network", Map.of("topic", "", "stance", "", "since", "", "until", "", "type", "",
                    "minWeight", "1"), 301),
            new Request("stance-overview", Map.of("topic", "", "since", "", "until", "", "type", ""), 0));

    private final transient Map<String, File> files;

    ExplorePage() {
        this.files = Map.of(
                "", new File(own("explore.html"), "text/html;charset=utf-8"),
                "explore.js", new File(own("explore.js"), "text/javascript;charset=utf-8"),
                "explore.css", new File(own("explore.css"), "text/css;charset=utf-8"),
                LIBRARY, new File(read(cytoscapePath()), "text/javascript;charset=utf-8"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (req.getPathInfo() == null) {
            // Without the slash, the page's relative links would resolve against the server's root.
            resp.sendRedirect(PATH + "/");
            return;
        }
        File file = files.get(path);
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file of the explorer: " + path);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(file.type());
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(file.bytes().length);
        resp.getOutputStream().write(file.bytes());
    }

    /** Where the WebJar on the classpath keeps the minified library; its directory is named by its version. */
    static String cytoscapePath() {
        Properties p = new Properties();
        try (InputStream in = ExplorePage.class.getClassLoader().getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("cytoscape.js (org.webjars.npm:cytoscape) is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/cytoscape/" + p.getProperty("version") + "/dist/" + LIBRARY;
    }

    private static byte[] own(String name) {
        return FusekiUiPage.resource(ExplorePage.class.getResourceAsStream("explore/" + name))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ExplorePage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("A file of the explorer page is missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
