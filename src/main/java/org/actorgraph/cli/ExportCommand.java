package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.actorgraph.network.ActorNetwork;
import org.actorgraph.network.NetworkFilter;
import org.actorgraph.network.NetworkFormat;
import org.actorgraph.store.GraphExporter;
import org.actorgraph.store.ExportFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code actorgraph export}: writes the whole store as an RDF file, or its actor network for graph tools. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Writes the whole store as RDF, or the actor network for graph tools.",
            "turtle, ntriples, rdfxml: every graph, ontology included, merged into one document;",
            "trig, nquads, jsonld: one named graph per article plus the ontology graph.",
            "Their common other names and file extensions work too (ttl, nt, nq, json-ld, rdf).",
            "graphml, gexf: the actor network the explorer page draws (Gephi, yEd, NetworkX);",
            "csv-edges: the same as nodes.csv and edges.csv in the directory --out names",
            "(neo4j-admin database import, Gephi's spreadsheet import). The network options",
            "below choose part of the network."
        })
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = {"${COMPLETION-CANDIDATES}.", "Default: ${DEFAULT-VALUE}"})
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output); the output directory for csv-edges.")
    Path out;

    @ArgGroup(exclusive = false, heading = "Network options (graphml, gexf, csv-edges):%n")
    NetworkOptions network = new NetworkOptions();

    /** An RDF serialisation or a network format, whichever the name given to --format is. */
    record Format(ExportFormat rdf, NetworkFormat network) {
        String id() {
            return rdf != null ? rdf.id() : network.id();
        }
    }

    @Override
    public Integer call() throws IOException {
        NetworkFilter filter = network.filter(spec.commandLine());
        if (format.network() == null && network.given()) {
            throw new ParameterException(spec.commandLine(), network.firstGiven()
                    + " only applies to --format " + String.join(", ", NetworkFormat.ids()));
        }
        if (format.network() != null && format.network().writesDirectory() && out == null) {
            throw new ParameterException(spec.commandLine(), "--format " + format.id()
                    + " writes nodes.csv and edges.csv: give the directory for them with --out DIR");
        }
        if (format.network() != null && format.network().writesDirectory() && Files.isRegularFile(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; --format " + format.id()
                    + " needs a directory for nodes.csv and edges.csv");
        }
        if (format.network() != null) {
            NetworkTopics.check(spec.commandLine(), filter.topic());
        }
        // Checked before the store is opened, so a wrong option costs nothing and locks nothing.
        try (ReadTarget target = ReadTarget.open(storeOption, spec.commandLine().getErr(), "export")) {
            if (format.network() != null) {
                exportNetwork(target.dataset(dataset -> ActorNetwork.read(dataset, filter)));
            } else {
                write(stream -> target.dataset(dataset -> {
                    GraphExporter.export(dataset, stream, format.rdf());
                    return null;
                }));
            }
        }
        return ActorGraphCommand.EXIT_OK;
    }

    private void exportNetwork(ActorNetwork graph) throws IOException {
        if (format.network().writesDirectory()) {
            format.network().writeDirectory(graph, out);
            spec.commandLine().getErr().println("Wrote " + graph.actors().size() + " actors and " + graph.links().size()
                    + " links to " + out.resolve("nodes.csv") + " and " + out.resolve("edges.csv"));
            return;
        }
        write(stream -> format.network().write(graph, stream));
        if (out != null) {
            spec.commandLine().getErr().println("(" + graph.actors().size() + " actors, " + graph.links().size()
                    + " links)");
        }
    }

    private interface Body {
        void writeTo(OutputStream stream) throws IOException;
    }

    private void write(Body body) throws IOException {
        if (out == null) {
            // Picocli's writer is character based; the writers want bytes, so use the real stdout stream.
            spec.commandLine().getOut().flush();
            OutputStream stdout = new BufferedOutputStream(System.out);
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
            body.writeTo(file);
        }
        spec.commandLine().getErr().println("Wrote " + format.id() + " to " + out);
    }

    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            var network = NetworkFormat.find(value);
            if (network.isPresent()) {
                return new Format(null, network.get());
            }
            try {
                return new Format(ExportFormat.parse(value), null);
            } catch (IllegalArgumentException e) {
                // Picocli prints this message as it is; any other exception it prints with its class name.
                throw new TypeConversionException(e.getMessage() + ", " + String.join(", ", NetworkFormat.ids()));
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(ExportFormat.ids().stream(), NetworkFormat.ids().stream()).iterator();
        }
    }

    /** Exists so the network options can be told apart from the RDF ones in the help and in errors. */
    static final class NetworkOptions {
        @Option(names = "--topic", paramLabel = "TOPIC",
                description = "Positions on this topic (its label, e.g. \"sanctions\"), and events in articles with one.")
        String topic;

        @Option(names = "--since", paramLabel = "YYYY-MM-DD",
                description = "Positions and events on or after this day (their own date, else their article's).")
        String since;

        @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Positions and events on or before this day.")
        String until;

        @Option(names = "--stance", paramLabel = "STANCE",
                description = "support, oppose or neutral: positions with that stance only, and no events.")
        String stance;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "person, organization, country or group: links between actors of that type only.")
        String type;

        @Option(names = "--min-weight", paramLabel = "N",
                description = "The fewest articles a link needs (default: 1).")
        Integer minWeight;

        boolean given() {
            return !names().isEmpty();
        }

        String firstGiven() {
            return names().get(0);
        }

        private List<String> names() {
            List<String> given = new ArrayList<>();
            if (topic != null) given.add("--topic");
            if (since != null) given.add("--since");
            if (until != null) given.add("--until");
            if (stance != null) given.add("--stance");
            if (type != null) given.add("--type");
            if (minWeight != null) given.add("--min-weight");
            return given;
        }

        NetworkFilter filter(picocli.CommandLine cl) {
            String from = NetworkOptionValues.day(cl, "--since", since);
            String to = NetworkOptionValues.day(cl, "--until", until);
            if (!from.isEmpty() && !to.isEmpty() && from.compareTo(to) > 0) {
                throw new ParameterException(cl, "--since " + from + " is after --until " + to);
            }
            if (minWeight != null && minWeight < 1) {
                throw new ParameterException(cl, "--min-weight must be at least 1, got " + minWeight);
            }
            return new NetworkFilter(topic == null ? "" : topic,
                    NetworkOptionValues.oneOf(cl, "--stance", stance, List.of("Support", "Oppose", "Neutral")), from, to,
                    NetworkOptionValues.oneOf(cl, "--type", type, List.of("Person", "Organization", "Country", "Group")),
                    minWeight == null ? 1 : minWeight);
        }
    }
}
