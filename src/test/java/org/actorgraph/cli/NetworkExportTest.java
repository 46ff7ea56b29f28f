package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actorgraph.network.ActorNetwork;
import org.actorgraph.network.NetworkFilter;
import org.actorgraph.store.ActorStore;
import org.actorgraph.testing.SeedStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format graphml|gexf|csv-edges} on the seed store: each file is read back by another program's
 * reader, JGraphT's, which checks GraphML and GEXF against their XML schemas, and holds the actors and links the
 * {@code actor-network} query gives; the CSV files have the headers {@code neo4j-admin database import} and Gephi read.
 */
class NetworkExportTest {
    private static final String RUSSIA = "https://w3id.org/actorgraph/id/country/russia";
    private static final String US = "https://w3id.org/actorgraph/id/country/united-states";

    private static Path seeds;
    private static ActorNetwork expected;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readTheNetwork() {
        seeds = SeedStore.get().store();
        try (ActorStore store = ActorStore.open(seeds)) {
            expected = ActorNetwork.read(store.dataset(), NetworkFilter.ALL);
        }
        assertTrue(expected.links().size() >= 5, "the seeds give a network: " + expected.links());
    }

    @Test
    void graphMlValidatesAndReadsBackWithItsWeights() throws Exception {
        Path file = export("graphml", tmp.resolve("actors.graphml"));
        Map<String, Map<String, String>> nodes = new HashMap<>();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndKey, value) ->
                nodes.computeIfAbsent(vertexAndKey.getFirst(), v -> new HashMap<>()).put(vertexAndKey.getSecond(), value.getValue()));
        Graph<String, DefaultWeightedEdge> graph = graph();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, in);
        }
        assertEquals(expected.actors().size(), graph.vertexSet().size());
        assertEquals(expected.links().size(), graph.edgeSet().size());
        Map<String, String> byIri = new HashMap<>();
        nodes.forEach((id, attributes) -> byIri.put(attributes.get("iri"), id));
        assertEquals("Russia", nodes.get(byIri.get(RUSSIA)).get("label"));
        assertEquals("Country", nodes.get(byIri.get(RUSSIA)).get("type"));
        DefaultWeightedEdge met = graph.getEdge(byIri.get(RUSSIA), byIri.get(US));
        assertEquals(link("met", RUSSIA, US).weight(), graph.getEdgeWeight(met));
    }

    @Test
    void gexfValidatesAndReadsBackWithTheActorsIris() throws Exception {
        Path file = export("gexf", tmp.resolve("actors.gexf"));
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, String> labels = new HashMap<>();
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> {
            if (vertexAndKey.getSecond().equals("label")) labels.put(vertexAndKey.getFirst(), value.getValue());
        });
        Graph<String, DefaultWeightedEdge> graph = graph();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, in);
        }
        assertEquals(expected.actors().size(), graph.vertexSet().size());
        assertEquals(expected.links().size(), graph.edgeSet().size());
        assertEquals("United States", labels.get(US));
        assertEquals(link("met", RUSSIA, US).weight(), graph.getEdgeWeight(graph.getEdge(RUSSIA, US)));
    }

    @Test
    void csvEdgesHaveTheImportHeadersAndNameOnlyKnownNodes() throws Exception {
        Path dir = tmp.resolve("neo4j-import");
        CliRun r = CliRun.of("export", "--store", seeds.toString(), "--format", "csv-edges", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> nodes = read(dir.resolve("nodes.csv"));
        List<CSVRecord> edges = read(dir.resolve("edges.csv"));
        assertEquals(List.of("id:ID", "name", ":LABEL", "type", "positions:int", "Id", "Label"),
                nodes.get(0).toList());
        assertEquals(List.of(":START_ID", ":END_ID", ":TYPE", "relation", "weight:int", "items:int", "stances",
                "Source", "Target", "Type", "Weight", "Label"), edges.get(0).toList());
        assertEquals(expected.actors().size(), nodes.size() - 1);
        assertEquals(expected.links().size(), edges.size() - 1);
        Set<String> ids = new HashSet<>();
        for (CSVRecord n : nodes.subList(1, nodes.size())) {
            assertTrue(ids.add(n.get(0)), "node ids are unique: " + n.get(0));
            assertTrue(n.get(2).matches("Actor(;(Person|Organization|Country|Group))?"), n.get(2));
            Integer.parseInt(n.get(4));
        }
        for (CSVRecord e : edges.subList(1, edges.size())) {
            assertTrue(ids.contains(e.get(0)) && ids.contains(e.get(1)), "edge ends are nodes: " + e);
            assertTrue(Set.of("MET_WITH", "ADDRESSED", "TARGETED").contains(e.get(2)), e.get(2));
            assertEquals(e.get(4), e.get(10), "Neo4j's and Gephi's weight");
            assertEquals(e.get(2).equals("MET_WITH") ? "Undirected" : "Directed", e.get(9));
        }
    }

    @Test
    void aTopicNarrowsTheExportAsItNarrowsThePage() throws Exception {
        Path file = tmp.resolve("sanctions.gexf");
        CliRun r = CliRun.of("export", "--store", seeds.toString(), "--format", "gexf", "--topic", "peace negotiations",
                "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        Graph<String, DefaultWeightedEdge> graph = graph();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, in);
        }
        int onTopic;
        try (ActorStore store = ActorStore.open(seeds)) {
            onTopic = ActorNetwork.read(store.dataset(),
                    new NetworkFilter("peace negotiations", "", "", "", "", 1)).links().size();
        }
        assertEquals(onTopic, graph.edgeSet().size());
        assertTrue(onTopic > 0 && onTopic < expected.links().size(), "some links are on the topic, not all: " + onTopic);
    }

    @Test
    void mistakesNameTheirOptionInOneLine() {
        String store = tmp.resolve("never-opened").toString();
        Map<List<String>, String> cases = Map.of(
                List.of("--format", "csv-edges"), "--format csv-edges writes nodes.csv and edges.csv: give the directory for them with --out DIR",
                List.of("--format", "graphml", "--since", "2025-02-30"), "--since must be a day as YYYY-MM-DD, got '2025-02-30'",
                List.of("--format", "gexf", "--since", "2025-03-01", "--until", "2025-02-01"), "--since 2025-03-01 is after --until 2025-02-01",
                List.of("--format", "turtle", "--topic", "sanctions"), "--topic only applies to --format graphml, gexf, csv-edges",
                List.of("--format", "gexf", "--stance", "maybe"), "--stance must be one of support, oppose, neutral, got 'maybe'",
                List.of("--format", "gexf", "--min-weight", "0"), "--min-weight must be at least 1, got 0");
        cases.forEach((args, message) -> {
            String[] full = java.util.stream.Stream.concat(java.util.stream.Stream.of("export", "--store", store),
                    args.stream()).toArray(String[]::new);
            CliRun r = CliRun.of(full);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertEquals(message, r.err().lines().findFirst().orElse(""));
        });
        assertTrue(CliRun.of("export", "--store", store, "--format", "gexf", "--topic", "sanctionz").err()
                .startsWith("--topic 'sanctionz' is not a topic; topics are: ceasefire, "));
        assertTrue(Files.notExists(Path.of(store)), "a wrong option opens no store");
    }

    private Path export(String format, Path file) {
        CliRun r = CliRun.of("export", "--store", seeds.toString(), "--format", format, "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        return file;
    }

    private static ActorNetwork.Link link(String relation, String source, String target) {
        return expected.links().stream().filter(l -> l.relation().equals(relation) && l.source().iri().equals(source)
                && l.target().iri().equals(target)).findFirst().orElseThrow();
    }

    private static Graph<String, DefaultWeightedEdge> graph() {
        return GraphTypeBuilder.<String, DefaultWeightedEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).edgeClass(DefaultWeightedEdge.class).buildGraph();
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
