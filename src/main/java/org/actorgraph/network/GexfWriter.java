package org.actorgraph.network;

import java.io.IOException;
import java.io.OutputStream;

/**
 * GEXF 1.2 (gexf.net), Gephi's own format: node ids are the actors' IRIs, labels their names; the link's weight is
 * GEXF's edge weight, so Gephi sizes and ranks by it without further setup. Met links are undirected.
 */
final class GexfWriter {
    private static final String NS = "http://www.gexf.net/1.2draft";

    private GexfWriter() {}

    static void write(ActorNetwork network, OutputStream stream) throws IOException {
        try (Xml xml = new Xml(stream)) {
            xml.open("gexf", "xmlns", NS, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:schemaLocation", NS + " " + NS + "/gexf.xsd", "version", "1.2");
            xml.open("meta");
            xml.text("creator", "ActorGraph");
            xml.text("description", "Actors linked by meetings (met), positions addressed to them (addressed) "
                    + "and positions about them (targeted); weight: the number of articles");
            xml.close("meta");
            xml.open("graph", "defaultedgetype", "directed", "mode", "static");
            xml.open("attributes", "class", "node");
            xml.empty("attribute", "id", "type", "title", "type", "type", "string");
            xml.empty("attribute", "id", "positions", "title", "positions", "type", "integer");
            xml.close("attributes");
            xml.open("attributes", "class", "edge");
            xml.empty("attribute", "id", "relation", "title", "relation", "type", "string");
            xml.empty("attribute", "id", "items", "title", "items", "type", "integer");
            xml.empty("attribute", "id", "stances", "title", "stances", "type", "string");
            xml.close("attributes");
            xml.open("nodes");
            for (ActorNetwork.Actor a : network.actors()) {
                xml.open("node", "id", a.iri(), "label", a.name());
                xml.open("attvalues");
                value(xml, "type", a.type());
                value(xml, "positions", Integer.toString(a.positions()));
                xml.close("attvalues");
                xml.close("node");
            }
            xml.close("nodes");
            xml.open("edges");
            int n = 0;
            for (ActorNetwork.Link l : network.links()) {
                xml.open("edge", "id", "e" + n++, "source", l.source().iri(), "target", l.target().iri(),
                        "type", l.directed() ? "directed" : "undirected", "label", l.relation(),
                        "weight", Integer.toString(l.weight()));
                xml.open("attvalues");
                value(xml, "relation", l.relation());
                value(xml, "items", Integer.toString(l.items()));
                if (!l.stances().isEmpty()) value(xml, "stances", l.stances());
                xml.close("attvalues");
                xml.close("edge");
            }
            xml.close("edges");
            xml.close("graph");
            xml.close("gexf");
        }
    }

    private static void value(Xml xml, String attribute, String value) throws IOException {
        xml.empty("attvalue", "for", attribute, "value", value);
    }
}
