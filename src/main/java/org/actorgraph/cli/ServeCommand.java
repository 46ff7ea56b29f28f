package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.server.ActorGraphServer;
import org.actorgraph.store.ActorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph serve}: optionally converts articles into the store, then serves it until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serves the store over SPARQL with the Fuseki query UI; read-only.",
            "Articles given as PATH are converted into the store first (as 'actorgraph convert' does).",
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
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ActorGraphServer.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    // Serving works without the ontology graph, so a jar missing it should still serve the data it has.
    private static void installOntology(ActorStore store, PrintWriter err) {
        try {
            store.ensureOntology(OntologyFiles.ontologyAndTopics());
        } catch (IllegalStateException e) {
            err.println("Warning: ontology graph not updated: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ActorStore store = ActorStore.open(storeOption.store());
        ActorGraphServer server = null;
        try {
            installOntology(store, err);
            if (!paths.isEmpty()) {
                // Conversion (and with it the NLP pipeline) is only touched when there is something to convert.
                int converted = ConvertCommand.convertInto(store, paths, err);
                if (converted != ActorGraphCommand.EXIT_OK) {
                    return converted;
                }
            }
            server = new ActorGraphServer(store.dataset(), host, port).start();
        } catch (RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            store.close();
            throw e;
        }

        out.println("Store:           " + store.directory() + " (" + store.articleCount() + " articles)");
        out.println("SPARQL endpoint: " + server.sparqlUrl());
        out.println("Prepared:        " + server.preparedUrl() + "{name}");
        out.println("Query UI:        " + server.uiUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();

        CountDownLatch stopped = new CountDownLatch(1);
        ActorGraphServer running = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.stop();
            store.close();
            stopped.countDown();
        }, "actorgraph-shutdown"));
        stopped.await();
        return ActorGraphCommand.EXIT_OK;
    }
}
