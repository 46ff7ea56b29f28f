package org.actorgraph.graph;

import java.io.IOException;
import java.io.InputStream;

import org.actorgraph.vocabulary.AG;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;

/**
 * The ontology, topic scheme and SHACL shapes shipped inside the ActorGraph jar. They are read from the classpath so
 * that a released jar is self-contained and cannot drift from the code that reads the graph.
 */
public final class OntologyFiles {
    public static final String ONTOLOGY = "/ontology/actorgraph.ttl";
    public static final String TOPICS = "/ontology/topics.ttl";
    public static final String SHAPES = "/ontology/shapes.ttl";

    private OntologyFiles() {}

    /** The ontology and the topic scheme merged into one model, as stored in {@link AG#ONTOLOGY_GRAPH}. */
    public static Model ontologyAndTopics() {
        Model model = ModelFactory.createDefaultModel();
        readInto(model, ONTOLOGY);
        readInto(model, TOPICS);
        return model;
    }

    /** The ontology alone. */
    public static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        readInto(model, ONTOLOGY);
        return model;
    }

    /** The topic scheme alone. */
    public static Model topics() {
        Model model = ModelFactory.createDefaultModel();
        readInto(model, TOPICS);
        return model;
    }

    /** The SHACL shapes every article graph must conform to. */
    public static Shapes shapes() {
        Model model = ModelFactory.createDefaultModel();
        readInto(model, SHAPES);
        return Shapes.parse(model.getGraph());
    }

    /** Parses a Turtle resource from the classpath into {@code model}; fails with a message naming the resource. */
    public static void readInto(Model model, String resource) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ActorGraph resource " + resource
                        + " is missing from the classpath; the jar was built without the ontology/ directory");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/actorgraph/").parse(model);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read ActorGraph resource " + resource + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new IllegalStateException("ActorGraph resource " + resource + " is not valid Turtle: "
                    + e.getMessage(), e);
        }
    }
}
