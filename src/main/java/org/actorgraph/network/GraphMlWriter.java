package org.actorgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * GraphML (graphml.graphdrawing.org, 1.0). Node ids are n0, n1 … because GraphML ids are XML name tokens, which IRIs
 * are not; the IRI is the node's {@code iri} attribute. Met links are undirected edges in a directed graph.
 */
final class GraphMlWriter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMlWriter() {}

    static void write(ActorNetwork network, OutputStream stream) throws IOException {
        try (Xml xml = new Xml(stream)) {
            xml.open("graphml", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:schemaLocation", NS + " " + NS + "/1.0/graphml.xsd");
            key(xml, "label", "node", "label", "string");
            key(xml, "iri", "node", "iri", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "positions", "node", "positions", "int");
            key(xml, "relation", "edge", "relation", "string");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "items", "edge", "items", "int");
            key(xml, "stances", "edge", "stances", "string");
            xml.open("graph", "id", "actors", "edgedefault", "directed");
            Map<String, String> ids = new HashMap<>();
            for (ActorNetwork.Actor a : network.actors()) {
                String id = "n" + ids.size();
                ids.put(a.iri(), id);
                xml.open("node", "id", id);
                data(xml, "label", a.name());
                data(xml, "iri", a.iri());
                data(xml, "type", a.type());
                data(xml, "positions", Integer.toString(a.positions()));
                xml.close("node");
            }
            int n = 0;
            for (ActorNetwork.Link l : network.links()) {
                xml.open("edge", "id", "e" + n++, "source", ids.get(l.source().iri()), "target",
                        ids.get(l.target().iri()), "directed", Boolean.toString(l.directed()));
                data(xml, "relation", l.relation());
                data(xml, "weight", Integer.toString(l.weight()));
                data(xml, "items", Integer.toString(l.items()));
                if (!l.stances().isEmpty()) data(xml, "stances", l.stances());
                xml.close("edge");
            }
            xml.close("graph");
            xml.close("graphml");
        }
    }

    private static void key(Xml xml, String id, String forWhat, String name, String type) throws IOException {
        xml.empty("key", "id", id, "for", forWhat, "attr.name", name, "attr.type", type);
    }

    private static void data(Xml xml, String key, String value) throws IOException {
        xml.text("data", value, "key", key);
    }
}
