package org.actorgraph.extract;

import org.actorgraph.article.Article;
import org.actorgraph.graph.ArticleGraphMapper;
import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.actorgraph.nlp.NlpPipeline;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data-driven rule cases: each folder under {@code src/test/resources/cases} holds a short article and SPARQL ASK
 * queries, named for the behaviour they pin, that must hold on the graph converted from it with the real pipeline.
 * An {@code article-date.txt} beside the article gives its publication date, an {@code article-title.txt} its title.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    @TestFactory
    Stream<DynamicNode> everyCaseHolds() throws IOException {
        ArticleExtractor extractor = new ArticleExtractor(NlpPipeline.get());
        ArticleGraphMapper mapper = new ArticleGraphMapper(new Iris());
        List<DynamicNode> nodes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                String text = Files.readString(dir.resolve("article.txt"));
                String id = dir.getFileName().toString();
                Path dated = dir.resolve("article-date.txt");
                LocalDate date = Files.exists(dated) ? LocalDate.parse(Files.readString(dated).strip()) : null;
                Path titled = dir.resolve("article-title.txt");
                String title = Files.exists(titled) ? Files.readString(titled).strip() : null;
                Model graph = mapper.map(extractor.extract(new Article(id, text, title, date, null, null, id)));
                Model withTopics = OntologyFiles.topics().add(graph);
                List<DynamicTest> tests = new ArrayList<>();
                tests.add(DynamicTest.dynamicTest("conforms to the shapes", () -> {
                    ValidationReport r = ShaclValidator.get().validate(OntologyFiles.shapes(), graph.getGraph());
                    assertTrue(r.conforms(), () -> "shape violations:\n" + r.getEntries());
                }));
                try (Stream<Path> asks = Files.list(dir)) {
                    for (Path rq : asks.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                        String query = Files.readString(rq);
                        tests.add(DynamicTest.dynamicTest(rq.getFileName().toString().replace(".rq", ""), () -> {
                            try (QueryExecution qe = QueryExecutionFactory.create(query, withTopics)) {
                                assertTrue(qe.execAsk(), () -> "does not hold on:\n" + turtle(graph));
                            }
                        }));
                    }
                }
                nodes.add(DynamicContainer.dynamicContainer(dir.getFileName().toString(), tests));
            }
        }
        return nodes.stream();
    }

    private static String turtle(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }
}
