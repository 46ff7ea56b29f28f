package org.actorgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.Function;

import org.actorgraph.server.ServerFile;
import org.actorgraph.store.ActorStore;
import org.actorgraph.store.StoreInUseException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Where a read command ({@code query}, {@code sparql}, {@code export}) does its work: in the store itself or, while
 * a {@code serve} holds the store's lock, through that server's endpoint. What the user gets is the same either way,
 * within the server's limits.
 */
final class ReadTarget implements AutoCloseable {
    private final ActorStore store;
    private final ServerFile server;

    private ReadTarget(ActorStore store, ServerFile server) {
        this.store = store;
        this.server = server;
    }

    /** The store, or the server holding it; says so on {@code err} when it is the server. */
    static ReadTarget open(StoreOption option, PrintWriter err, String command) {
        try {
            return new ReadTarget(option.openExisting(), null);
        } catch (StoreInUseException e) {
            ServerFile server = ServerFile.live(e.directory()).orElseThrow(() -> e);
            err.println("actorgraph " + command + ": " + e.directory() + " is held by a running 'actorgraph serve' "
                    + "(process " + server.pid() + "); answering through it at " + server.datasetUrl());
            err.flush();
            return new ReadTarget(null, server);
        }
    }

    /** Runs {@code query} and has {@code write} write its answer to {@code out}. */
    void query(Query query, QueryWriter write, OutputStream out) {
        if (server != null) {
            try (QueryExecution qe = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
                write.write(qe, query, out);
            }
            return;
        }
        Dataset dataset = store.dataset();
        dataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                write.write(qe, query, out);
            }
        });
    }

    /**
     * Applies {@code work} to the whole dataset: the store's own, or every graph the server returns for a Graph Store
     * read of the dataset, held in memory.
     */
    <T> T dataset(Function<Dataset, T> work) {
        if (server == null) return work.apply(store.dataset());
        return work.apply(DatasetFactory.wrap(DSP.service(server.datasetUrl()).GET()));
    }

    @FunctionalInterface
    interface QueryWriter {
        void write(QueryExecution qe, Query query, OutputStream out);
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
