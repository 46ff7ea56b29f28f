package org.actorgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki UI's page with ActorGraph's script added: it hides what this server cannot do (creating, removing or
 * backing up datasets always; uploading and editing on a read-only server) and links back to the start page.
 */
final class FusekiUiPage extends HttpServlet {
    static final String READ_ONLY_MESSAGE = "This ActorGraph server is read-only: datasets cannot be created, removed "
            + "or backed up here, and data cannot be uploaded or edited. Change the store with the actorgraph command "
            + "line (convert, link), or serve it with --update and --password-file.";
    static final String NO_ADMIN_MESSAGE = "ActorGraph serves one dataset: datasets cannot be created, removed or "
            + "backed up here. Change the store with the actorgraph command line.";

    private final transient byte[] page;

    FusekiUiPage(String uiIndex, String dataset, boolean readOnly) {
        String script = resource(FusekiUiPage.class.getResourceAsStream("fuseki-ui.js"));
        String settings = "window.actorgraphServer = {readOnly: " + readOnly + ", dataset: " + jsString(dataset)
                + ", message: " + jsString(readOnly ? READ_ONLY_MESSAGE : NO_ADMIN_MESSAGE) + "};\n";
        String html = uiIndex.replace("</head>",
                "<script>\n" + settings + script + "</script>\n</head>");
        this.page = html.getBytes(StandardCharsets.UTF_8);
    }

    static String resource(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("A file of the ActorGraph web pages is missing from the jar");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
