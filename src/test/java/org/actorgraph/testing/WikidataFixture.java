package org.actorgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.actorgraph.store.ActorStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * A loopback Fuseki serving the Wikidata-shaped fixture at {@code /wikidata}, standing in for the public query
 * service. A servlet filter in front counts the requests, keeps their User-Agent headers, and can be told to answer
 * the next requests with 429 and a Retry-After header.
 *
 * <p>A test class registers it with {@code @RegisterExtension static final WikidataFixture wikidata = new
 * WikidataFixture();}: the server runs for the class, and the counts start from zero for every test.
 */
public final class WikidataFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private FusekiServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger tooManyToSend = new AtomicInteger();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> queries = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        Dataset data = DatasetFactory.create();
        try (InputStream in = WikidataFixture.class.getResourceAsStream("/wikidata/fixture.ttl")) {
            RDFDataMgr.read(data, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/wikidata", data, false)
                .addFilter("/*", new Counter())
                .build()
                .start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    /** The SPARQL endpoint, e.g. {@code http://localhost:41234/wikidata/sparql}. */
    public String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/wikidata/sparql";
    }

    public int requests() {
        return requests.get();
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The query texts received as a {@code query} parameter. */
    public List<String> queries() {
        return List.copyOf(queries);
    }

    /** The next {@code n} requests get 429 with {@code Retry-After: 1}. */
    public void answerTooManyRequests(int n) {
        tooManyToSend.set(n);
    }

    public void reset() {
        requests.set(0);
        tooManyToSend.set(0);
        userAgents.clear();
        queries.clear();
    }

    /** A store holding the link test actors ({@code /wikidata/actors.trig}), one graph per article. */
    public static ActorStore actorStore(java.nio.file.Path dir) {
        Dataset actors = DatasetFactory.create();
        try (InputStream in = WikidataFixture.class.getResourceAsStream("/wikidata/actors.trig")) {
            RDFDataMgr.read(actors, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ActorStore store = ActorStore.open(dir);
        for (String name : Fixtures.graphNames(actors)) {
            store.replaceArticle(name, actors.getNamedModel(name));
        }
        return store;
    }

    private final class Counter implements Filter {
        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) req;
            if (http.getRequestURI().startsWith("/wikidata")) {
                requests.incrementAndGet();
                userAgents.add(String.valueOf(http.getHeader("User-Agent")));
                String query = http.getParameter("query");
                if (query != null) {
                    queries.add(query);
                }
                if (tooManyToSend.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
                    HttpServletResponse out = (HttpServletResponse) resp;
                    out.setStatus(429);
                    out.setHeader("Retry-After", "1");
                    out.setContentType("text/plain");
                    out.getWriter().println("Too many requests; slow down");
                    return;
                }
            }
            chain.doFilter(req, resp);
        }
    }
}
