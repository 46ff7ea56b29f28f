package org.actorgraph.network;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code nodes.csv} and {@code edges.csv} in the header layout of {@code neo4j-admin database import}
 * ({@code id:ID}, {@code :LABEL}, {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, typed properties), with the
 * columns Gephi's spreadsheet import looks for by name beside them (Id, Label; Source, Target, Type, Weight). Neo4j
 * keeps Gephi's columns as extra properties, and Gephi Neo4j's as extra attributes.
 */
final class CsvEdgesWriter {
    static final List<String> NODE_HEADER = List.of("id:ID", "name", ":LABEL", "type", "positions:int", "Id",
            "Label");
    static final List<String> EDGE_HEADER = List.of(":START_ID", ":END_ID", ":TYPE", "relation", "weight:int",
            "items:int", "stances", "Source", "Target", "Type", "Weight", "Label");

    private CsvEdgesWriter() {}

    static void write(ActorNetwork network, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve("nodes.csv"), StandardCharsets.UTF_8)) {
            line(out, NODE_HEADER);
            for (ActorNetwork.Actor a : network.actors()) {
                // Every node is an Actor; its own type is a second label, as the ontology's classes are.
                String labels = a.type().equals("Actor") ? "Actor" : "Actor;" + a.type();
                line(out, List.of(a.iri(), a.name(), labels, a.type(), Integer.toString(a.positions()), a.iri(),
                        a.name()));
            }
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("edges.csv"), StandardCharsets.UTF_8)) {
            line(out, EDGE_HEADER);
            for (ActorNetwork.Link l : network.links()) {
                String weight = Integer.toString(l.weight());
                line(out, List.of(l.source().iri(), l.target().iri(), relationshipType(l.relation()), l.relation(),
                        weight, Integer.toString(l.items()), l.stances(), l.source().iri(), l.target().iri(),
                        l.directed() ? "Directed" : "Undirected", weight, l.relation()));
            }
        }
    }

    /** Neo4j's convention for relationship types: upper case with underscores. */
    static String relationshipType(String relation) {
        return relation.equals("met") ? "MET_WITH" : relation.toUpperCase(Locale.ROOT);
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    // RFC 4180: quoted when it holds a comma, quote or line break, inner quotes doubled. Both importers read that.
    static String quote(String field) {
        if (field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
