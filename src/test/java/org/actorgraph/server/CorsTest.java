package org.actorgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-origin access: none by default, then only for the allowed origins, on preflights and on plain requests. */
class CorsTest {
    private static final String ALLOWED = "https://yasgui.example.org";
    private static final String OTHER = "https://elsewhere.example.net";
    private static final String ACAO = "Access-Control-Allow-Origin";

    @TempDir
    Path tmp;

    private interface Body {
        void run(ActorGraphServer server) throws Exception;
    }

    private void serve(ServerOptions options, Body body) throws Exception {
        try (ActorStore store = Fixtures.smallStore(tmp.resolve("store-" + System.nanoTime()))) {
            ActorGraphServer server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), "127.0.0.1", 0,
                    options).start();
            try {
                body.run(server);
            } finally {
                server.stop();
            }
        }
    }

    private static HttpResponse<String> getFrom(String origin, String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin)
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> preflight(String origin, String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ask(ActorGraphServer server) {
        return server.sparqlUrl() + "?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
    }

    @Test
    void noCrossOriginHeadersUnlessAsked() throws Exception {
        serve(ServerOptions.defaults(), server -> {
            HttpResponse<String> resp = getFrom(ALLOWED, ask(server));
            assertEquals(200, resp.statusCode());
            assertEquals(Optional.empty(), resp.headers().firstValue(ACAO));
            assertEquals(Optional.empty(), preflight(ALLOWED, server.sparqlUrl()).headers().firstValue(ACAO));
        });
    }

    @Test
    void allowedOriginsOnlyGetCrossOriginAccess() throws Exception {
        serve(ServerOptions.defaults().withCors(List.of(ALLOWED)), server -> {
            HttpResponse<String> pre = preflight(ALLOWED, server.sparqlUrl());
            assertEquals(200, pre.statusCode());
            assertEquals(Optional.of(ALLOWED), pre.headers().firstValue(ACAO));
            String methods = pre.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertTrue(methods.contains("POST"), methods);
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase()
                    .contains("content-type"));

            HttpResponse<String> get = getFrom(ALLOWED, ask(server));
            assertEquals(200, get.statusCode());
            assertEquals(Optional.of(ALLOWED), get.headers().firstValue(ACAO));
            assertTrue(get.body().contains("true"), get.body());
            HttpResponse<String> prepared = getFrom(ALLOWED, server.preparedUrl() + "actors");
            assertEquals(Optional.of(ALLOWED), prepared.headers().firstValue(ACAO));

            assertEquals(Optional.empty(), getFrom(OTHER, ask(server)).headers().firstValue(ACAO));
            assertEquals(Optional.empty(), preflight(OTHER, server.sparqlUrl()).headers().firstValue(ACAO));
        });
    }

    @Test
    void anyOriginWithAStar() throws Exception {
        serve(ServerOptions.defaults().withCors(List.of(ServerOptions.ANY_ORIGIN)), server -> {
            for (String origin : List.of(ALLOWED, OTHER)) {
                String allowed = getFrom(origin, ask(server)).headers().firstValue(ACAO).orElse("");
                assertTrue(allowed.equals(origin) || allowed.equals("*"), allowed);
                assertEquals(Optional.empty(), getFrom(origin, ask(server)).headers()
                        .firstValue("Access-Control-Allow-Credentials").filter("true"::equals));
            }
        });
    }

    @Test
    void anOriginWithAPathIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.defaults().withCors(List.of("https://a.example.org/page")));
        assertTrue(e.getMessage().contains("https://a.example.org/page"), e.getMessage());
    }
}
