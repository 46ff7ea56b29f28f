package org.actorgraph.server;

import java.net.BindException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.QueryRunner;
import org.actorgraph.query.ResultFormat;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.Dataset;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves an ActorGraph dataset over HTTP with embedded Fuseki: SPARQL query and read-only graph store access at
 * {@code /actorgraph} (with its service description, and {@code ?default} read as the union of all graphs as queries
 * see it), the prepared queries at {@code /actorgraph/prepared/{name}}, a start page at {@code /start}, the explorer
 * page at {@code /explore/} (which reads the prepared queries like any other client) and the Fuseki
 * query UI at {@code /}, with what a read-only server cannot do hidden. Cross-origin access only for the origins
 * in the options. Unless {@link ServerOptions#allowUpdate()} is set nothing served can change the data; when it is, only
 * {@code /actorgraph/update} (SPARQL Update) and {@code /actorgraph/data} (Graph Store reads and writes) accept writes,
 * and only from users in the password file, over HTTP basic authentication. Every query runs within the options'
 * timeout and row cap, and SERVICE calls out only when allowed.
 */
public final class ActorGraphServer {
    public static final String DATASET = "actorgraph";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** Endpoint names of the write operations, present only with {@link ServerOptions#allowUpdate()}. */
    public static final String UPDATE_ENDPOINT = "update";
    public static final String DATA_ENDPOINT = "data";

    private static final Logger LOG = LoggerFactory.getLogger(ActorGraphServer.class);
    private static final String UI_RESOURCE = "webapp";
    private static final String UI_PAGE = "index.html";

    private final Dataset dataset;
    private final PreparedQueries queries;
    private final QueryRunner runner;
    private final String host;
    private final int requestedPort;
    private final ServerOptions options;
    private FusekiServer server;
    private PreparedQueryServlet prepared;
    private Thread warmUp;
    private static final long CACHE_BYTES = 64L << 20;

    public ActorGraphServer(Dataset dataset, PreparedQueries queries, String host, int port) {
        this(dataset, queries, host, port, ServerOptions.defaults());
    }

    public ActorGraphServer(Dataset dataset, PreparedQueries queries, String host, int port, ServerOptions options) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port must be between 0 and 65535, got " + port);
        }
        this.dataset = dataset;
        this.queries = queries;
        this.host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        this.requestedPort = port;
        this.options = options == null ? ServerOptions.defaults() : options;
        this.runner = new QueryRunner(queries, this.options.queryLimits());
    }

    /** Serves {@code dataset} with the prepared queries shipped in the jar. */
    public ActorGraphServer(Dataset dataset, String host, int port) {
        this(dataset, PreparedQueries.load(), host, port);
    }

    /** Starts serving; returns once the port is bound. */
    public synchronized ActorGraphServer start() {
        if (server != null) {
            throw new IllegalStateException("ActorGraph server already started");
        }
        FusekiServer built = build();
        bindHost(built);
        try {
            built.start();
        } catch (RuntimeException e) {
            stopQuietly(built);
            BindException bind = bindFailure(e);
            if (bind == null) throw e;
            throw new CannotListen(host, requestedPort, bind);
        }
        server = built;
        warmExplorer();
        LOG.info("ActorGraph SPARQL endpoint: {}", sparqlUrl());
        return this;
    }

    // Jetty's threads may have started before the failure; Fuseki's own stop would log a shutdown that never began.
    private static void stopQuietly(FusekiServer built) {
        try {
            built.getJettyServer().stop();
        } catch (Exception ignored) {
            // Nothing is served either way.
        }
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException b) return b;
            if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).startsWith("Failed to bind")) {
                return t.getCause() instanceof BindException b ? b : new BindException("Address already in use");
            }
        }
        return null;
    }

    /** The port could not be bound: in use, not allowed, or the host is not an address of this machine. */
    public static final class CannotListen extends IllegalStateException {
        private final boolean inUse;

        CannotListen(String host, int port, BindException cause) {
            super(describe(host, port, cause), cause);
            this.inUse = String.valueOf(cause.getMessage()).contains("in use");
        }

        private static String describe(String host, int port, BindException cause) {
            String why = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return why.contains("in use") ? "port " + port + " on " + host + " is already in use"
                    : "cannot listen on " + host + " port " + port + ": " + why;
        }

        /** True when another program holds the port, as opposed to a host or permission problem. */
        public boolean inUse() {
            return inUse;
        }
    }

    private FusekiServer build() {
        // A read-only store cannot change while served, so its answers can be kept. The benchmark turns that off
        // (-Dactorgraph.answerCache=false) to time the queries themselves.
        boolean keep = !options.allowUpdate() && !"false".equals(System.getProperty("actorgraph.answerCache"));
        prepared = new PreparedQueryServlet(runner, dataset, keep ? new AnswerCache(CACHE_BYTES) : null);
        FusekiServer.Builder builder = FusekiServer.create()
                // No modules: Fuseki's admin module would add dataset creation, deletion, backup and compaction.
                .fusekiModules(FusekiModules.empty())
                .port(requestedPort)
                // Fuseki's read-only set: query at the dataset, /sparql and /query; graph store reads at /get.
                .add("/" + DATASET, dataset.asDatasetGraph(), false)
                .addServlet("/" + DATASET + "/prepared/*", prepared)
                // What the UI reads to describe the server and find the query endpoint.
                .addServlet("/$/datasets/*", new ReadOnlyDatasetsAction())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .enablePing(true)
                .enableStats(true)
                // Every query endpoint of the dataset runs through the limits.
                .registerOperation(Operation.Query, new LimitedQueryService(options.queryLimits()))
                // Graph Store reads of ?default see the same union of graphs a query's default graph is.
                .registerOperation(Operation.GSP_R, new UnionDefaultGraphStore())
                .addFilter("/" + DATASET + "/*", new ProtocolFilter("/" + DATASET, options))
                .addServlet(LandingPage.PATH, new LandingPage(queries, options))
                .addServlet(ExplorePage.PATH + "/*", new ExplorePage());
        if (options.cors()) {
            builder.addFilter("/*", new CorsFilter(options.corsOrigins()));
        }
        if (options.allowUpdate()) {
            addWriteEndpoints(builder);
        }
        String ui = uiLocation();
        if (ui != null) {
            // The UI finds its endpoints relative to its page, so it is served at the root only.
            FusekiUiPage page = new FusekiUiPage(uiIndex(), DATASET, !options.allowUpdate());
            builder.staticFileBase(ui).addServlet("", page).addServlet("/" + UI_PAGE, page);
        } else {
            LOG.warn("Fuseki UI files (jena-fuseki-ui) are not on the classpath; serving SPARQL without the UI");
        }
        return builder.build();
    }

    // The explorer's first requests are answered in the background after start, so its first visitor does not wait
    // for the network to be aggregated; the server answers other requests meanwhile.
    private void warmExplorer() {
        PreparedQueryServlet servlet = prepared;
        Thread t = new Thread(() -> ExplorePage.FIRST_REQUESTS.forEach(r ->
                servlet.warm(r.query(), r.params(), ResultFormat.JSON, r.limit())), "actorgraph-explorer-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        warmUp = t;
    }

    // The store is closed right after stop(): no read transaction of the warm-up may still be open then.
    private void stopWarmUp() {
        Thread t = warmUp;
        if (t == null) {
            return;
        }
        prepared.stopWarming();
        try {
            t.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        warmUp = null;
    }

    private static String uiIndex() {
        return FusekiUiPage.resource(ActorGraphServer.class.getClassLoader().getResourceAsStream(UI_RESOURCE + "/" + UI_PAGE));
    }

    // Named endpoints only: an auth policy on the dataset's unnamed endpoint would put every query behind a login.
    private void addWriteEndpoints(FusekiServer.Builder builder) {
        Path passwords = options.passwordFile();
        if (!Files.isReadable(passwords)) {
            throw new IllegalArgumentException("Password file " + passwords + " does not exist or cannot be read");
        }
        builder.passwordFile(passwords.toString())
                .auth(AuthScheme.BASIC)
                .realm("ActorGraph")
                .addEndpoint("/" + DATASET, UPDATE_ENDPOINT, Operation.Update, Auth.ANY_USER)
                .addEndpoint("/" + DATASET, DATA_ENDPOINT, Operation.GSP_RW, Auth.ANY_USER);
    }

    // Fuseki's builder only knows "all interfaces" or "loopback"; ActorGraph lets the user name the interface.
    private void bindHost(FusekiServer built) {
        for (Connector c : built.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(host);
            }
        }
    }

    private static String uiLocation() {
        URL index = ActorGraphServer.class.getClassLoader().getResource(UI_RESOURCE + "/" + UI_PAGE);
        if (index == null) {
            return null;
        }
        String s = index.toExternalForm();
        return s.substring(0, s.length() - UI_PAGE.length());
    }

    /** The port actually bound, which differs from the requested one when that was 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("ActorGraph server not started");
        }
        return server.getHttpPort();
    }

    public String host() {
        return host;
    }

    public ServerOptions options() {
        return options;
    }

    /** The SPARQL Update endpoint; served only when updates are allowed. */
    public String updateUrl() {
        return datasetUrl() + "/" + UPDATE_ENDPOINT;
    }

    /** The Graph Store endpoint that accepts writes; served only when updates are allowed. */
    public String dataUrl() {
        return datasetUrl() + "/" + DATA_ENDPOINT;
    }

    /** Base URL of the server, e.g. {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "localhost";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/actorgraph}. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** Base of the prepared query endpoints; append a query name. */
    public String preparedUrl() {
        return datasetUrl() + "/prepared/";
    }

    /** The Fuseki query UI's editor. */
    public String uiUrl() {
        return baseUrl() + LandingPage.EDITOR;
    }

    /** The explorer page: the actor network, profiles, timelines, evidence and stances. */
    public String exploreUrl() {
        return baseUrl() + ExplorePage.PATH.substring(1) + "/";
    }

    /** ActorGraph's start page: prefixes and prepared queries, each linking into the query editor. */
    public String startUrl() {
        return baseUrl() + LandingPage.PATH.substring(1);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Blocks the calling thread until the server stops. */
    public void join() {
        FusekiServer s;
        synchronized (this) {
            s = server;
        }
        if (s != null) {
            s.join();
        }
    }

    public synchronized void stop() {
        stopWarmUp();
        if (server != null) {
            server.stop();
            server = null;
            LOG.info("ActorGraph server stopped");
        }
    }
}
