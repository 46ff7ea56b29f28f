package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.query.PreparedQueries;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.server.ServerFile;
import org.actorgraph.server.ServerOptions;
import org.actorgraph.store.ActorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph serve}: optionally converts articles into the store, then serves it until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Serves the store over SPARQL with the Fuseki query UI; read-only unless --update is given.",
            "Articles given as PATH are converted into the store first (as 'actorgraph convert' does).",
            "Every query runs within a timeout and a row cap; SERVICE calls to other endpoints are refused "
                + "unless --allow-service is given. Plain HTTP only: put a reverse proxy in front for TLS.",
            "While it runs, 'query', 'sparql' and 'export' on the same store are answered through it.",
            "Stop with Ctrl-C."
        })
public class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files or directories to convert before serving.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ActorGraphServer.DEFAULT_PORT,
            description = {"HTTP port; 0 picks a free port.", "Default: ${DEFAULT-VALUE}"})
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ActorGraphServer.DEFAULT_HOST,
            description = {"Interface to listen on; 0.0.0.0 for all.", "Default: ${DEFAULT-VALUE}"})
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = {"Longest a query may run, in seconds.", "Default: ${DEFAULT-VALUE}"})
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_ROWS,
            description = {"Most result rows a query may return.", "Default: ${DEFAULT-VALUE}"})
    long maxRows;

    @Option(names = "--no-link",
            description = "When converting PATHs, do not link actors and places to DBpedia.")
    boolean noLink;

    @Option(names = "--allow-service",
            description = "Let queries call other SPARQL endpoints with SERVICE; refused by default.")
    boolean allowService;

    @Option(names = "--update",
            description = "Accept SPARQL Update at /actorgraph/update and Graph Store writes at /actorgraph/data, "
                    + "from users in --password-file only (HTTP basic authentication).")
    boolean update;

    @Option(names = "--cors", paramLabel = "ORIGINS", arity = "0..1", fallbackValue = ServerOptions.ANY_ORIGIN,
            split = ",",
            description = "Let web pages from these origins (comma-separated, e.g. https://yasgui.example.org) "
                    + "read the endpoint from a browser; --cors alone allows any origin. Default: none.")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = {"--password-file", "--passwd"}, paramLabel = "FILE",
            description = "Users allowed to write, one 'name: password' a line; required by --update.")
    Path passwordFile;

    /** The server options the command line asks for; a usage error when they contradict each other. */
    ServerOptions serverOptions() {
        if (update && passwordFile == null) {
            throw new ParameterException(spec.commandLine(),
                    "--update needs --password-file: writes are accepted only with credentials");
        }
        if (!update && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password-file is only used with --update");
        }
        if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        }
        if (maxRows <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be positive");
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("Password file " + passwordFile + " does not exist or cannot be read");
        }
        try {
            return new ServerOptions(allowService, update, passwordFile,
                    Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))), maxRows, corsOrigins);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--cors: " + e.getMessage());
        }
    }

    // Serving works without the ontology graph, so a jar missing it should still serve the data it has.
    private static void installOntology(ActorStore store, PrintWriter err) {
        try {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
        } catch (IllegalStateException e) {
            err.println("Warning: ontology graph not updated: " + e.getMessage());
        }
    }

    // Other commands on this store find the server here (see ReadTarget); without the note they only fail on the lock.
    private static void noteServer(ActorStore store, ActorGraphServer server, PrintWriter err) {
        try {
            ServerFile.write(store.directory(), server);
        } catch (java.io.IOException e) {
            err.println("Warning: " + store.directory().resolve(ServerFile.NAME) + " not written (" + e.getMessage()
                    + "); other commands on this store will not find the server");
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Checked before the store is opened, so a wrong option costs nothing and locks nothing.
        ServerOptions options = serverOptions();
        // Converting creates the store; serving alone must not make an empty one.
        ActorStore store = paths.isEmpty() ? storeOption.openExisting() : storeOption.open();
        ActorGraphServer server = null;
        try {
            installOntology(store, err);
            // Graph Store Protocol writes of an earlier session bypassed the names graph.
            if (options.allowUpdate()) store.refreshNames();
            if (!paths.isEmpty()) {
                // Conversion (and with it the NLP pipeline) is only touched when there is something to convert.
                int converted = ConsoleProgress.convert(store, ConversionOptions.defaults().link(!noLink), paths, err);
                if (converted != ActorGraphCommand.EXIT_OK) {
                    return converted;
                }
            }
            server = new ActorGraphServer(store.dataset(), PreparedQueries.load(), host, port, options).start();
        } catch (ActorGraphServer.CannotListen e) {
            store.close();
            throw new IllegalStateException(e.getMessage() + (e.inUse()
                    ? " — stop what uses it, or choose another with --port (--port 0 picks a free one)"
                    : " — check --host and --port"));
        } catch (RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            store.close();
            throw e;
        }

        noteServer(store, server, err);
        out.println("Store:           " + store.directory() + " (" + store.articleCount() + " articles)");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Prepared:        " + server.preparedUrl() + "{name}");
        out.println("Start page:      " + server.startUrl());
        out.println("Explorer:        " + server.exploreUrl());
        out.println("Query UI:        " + server.uiUrl());
        if (options.cors()) {
            out.println("CORS:            " + String.join(", ", options.corsOrigins()));
        }
        if (options.allowUpdate()) {
            out.println("Update:          " + server.updateUrl() + " and " + server.dataUrl()
                    + " (HTTP basic authentication)");
        }
        out.println("Limits:          " + options.queryTimeout().toMillis() / 1000.0 + " s a query, "
                + options.maxRows() + " rows" + (options.allowService() ? "; SERVICE allowed" : ""));
        out.println("Press Ctrl-C to stop.");
        out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        ActorGraphServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ServerFile.remove(store.directory());
            running.stop();
            store.close();
            stopped.countDown();
        }, "actorgraph-shutdown"));
        stopped.await();
        return ActorGraphCommand.EXIT_OK;
    }
}
