package org.actorgraph.store;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes a dataset as compact JSON-LD with ActorGraph's own context ({@code ontology/context.jsonld}): short
 * schema.org-style keys ("label", "statedBy", "stance"), ActorGraph classes and stances by local name ("Person",
 * "Support"), entity IRIs relative to the default IRI base ("person/sergey-lavrov"). The context is written inline,
 * so the file reads back to the same quads without fetching anything.
 */
final class JsonLdExporter {
    /** Classpath location of the context; the same file as {@code ontology/context.jsonld} in the source tree. */
    static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    private JsonLdExporter() {}

    static void write(DatasetGraph data, OutputStream out) {
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded(data)), context())
                    .ordered(true)
                    .get();
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (JsonWriter json = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new NonClosingWriter(writer))) {
                json.writeObject(compacted);
            }
            writer.write('\n');
            writer.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("Cannot write JSON-LD: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ActorGraph JSON-LD context document. */
    static JsonDocument context() throws JsonLdError {
        InputStream in = JsonLdExporter.class.getResourceAsStream(CONTEXT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("ActorGraph resource " + CONTEXT_RESOURCE
                    + " is missing from the classpath; the jar was built without the ontology/ directory");
        }
        try (in) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Literals keep their datatypes (no native JSON numbers or booleans) so the file reads back to identical quads.
    private static JsonArray expanded(DatasetGraph data) throws JsonLdError {
        QuadsToJsonld builder = JsonLd.fromRdf().ordered(true).useNativeTypes(false).useRdfType(false);
        data.find().forEachRemaining(q -> add(builder, q));
        return builder.toJsonLd();
    }

    private static void add(QuadsToJsonld builder, Quad q) {
        String graph = q.isDefaultGraph() ? null : term(q.getGraph());
        Node o = q.getObject();
        try {
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                builder.quad(term(q.getSubject()), term(q.getPredicate()), o.getLiteralLexicalForm(),
                        o.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang, null, graph);
            } else {
                builder.quad(term(q.getSubject()), term(q.getPredicate()), term(o), null, null, null, graph);
            }
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("Cannot convert " + q + " to JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.getURI();
    }

    /** The JSON writer closes what it writes to; the caller's stream must stay open. */
    private static final class NonClosingWriter extends FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
