package org.actorgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code export} writes the actor network in, for graph tools that do not read RDF. */
public enum NetworkFormat {
    /** GraphML, for Gephi, yEd, Cytoscape, NetworkX, igraph. */
    GRAPHML("graphml"),
    /** GEXF 1.2, Gephi's own format. */
    GEXF("gexf"),
    /** nodes.csv and edges.csv, for {@code neo4j-admin database import} and Gephi's spreadsheet import. */
    CSV_EDGES("csv-edges");

    private final String id;

    NetworkFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when the format is a directory of files rather than one file. */
    public boolean writesDirectory() {
        return this == CSV_EDGES;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(NetworkFormat::id).toList();
    }

    public static Optional<NetworkFormat> find(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** Writes one document; not for {@link #CSV_EDGES}, which is two files. */
    public void write(ActorNetwork network, OutputStream out) throws IOException {
        switch (this) {
            case GRAPHML -> GraphMlWriter.write(network, out);
            case GEXF -> GexfWriter.write(network, out);
            default -> throw new IllegalStateException(id + " writes a directory, not one stream");
        }
    }

    /** Writes {@code nodes.csv} and {@code edges.csv} into {@code directory}. */
    public void writeDirectory(ActorNetwork network, Path directory) throws IOException {
        if (this != CSV_EDGES) {
            throw new IllegalStateException(id + " writes one stream, not a directory");
        }
        CsvEdgesWriter.write(network, directory);
    }

    @Override
    public String toString() {
        return id;
    }
}
