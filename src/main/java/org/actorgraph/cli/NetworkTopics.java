package org.actorgraph.cli;

import java.util.List;
import java.util.TreeSet;

import org.actorgraph.graph.OntologyFiles;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --topic} must name a topic of the scheme: a typo would otherwise export an empty network without a word. */
final class NetworkTopics {
    private NetworkTopics() {}

    static void check(CommandLine cl, String topic) {
        if (topic.isEmpty()) return;
        List<String> labels = labels();
        if (labels.stream().noneMatch(l -> l.equalsIgnoreCase(topic))) {
            throw new ParameterException(cl, "--topic '" + topic + "' is not a topic; topics are: "
                    + String.join(", ", labels));
        }
    }

    static List<String> labels() {
        Model topics = OntologyFiles.topics();
        TreeSet<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        topics.listSubjectsWithProperty(RDF.type, SKOS.Concept)
                .forEachRemaining(c -> labels.add(c.getProperty(SKOS.prefLabel).getString()));
        return List.copyOf(labels);
    }
}
