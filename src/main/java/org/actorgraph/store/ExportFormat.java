package org.actorgraph.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * The serialisations {@code actorgraph export} offers. A format is asked for by any name or file extension Jena's
 * registry knows for it ({@code turtle}, {@code ttl}, {@code N-Quads}, {@code nq}, {@code json-ld} …); {@link #id()}
 * is the name the command line shows.
 */
public enum ExportFormat {
    /** Every graph merged into one Turtle document. */
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY, false),
    /** One graph per article plus the ontology graph. */
    TRIG("trig", RDFFormat.TRIG_PRETTY, true),
    NQUADS("nquads", RDFFormat.NQUADS, true),
    /** Written compact with ActorGraph's own context, by {@link JsonLdExporter}. */
    JSONLD("jsonld", RDFFormat.JSONLD, true),
    /** Every graph merged, one triple a line. */
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, false),
    /** Every graph merged into one RDF/XML document, for tools that read nothing else. */
    RDFXML("rdfxml", RDFFormat.RDFXML_PRETTY, false);

    private final String id;
    private final RDFFormat rdfFormat;
    private final boolean keepsGraphs;

    ExportFormat(String id, RDFFormat rdfFormat, boolean keepsGraphs) {
        this.id = id;
        this.rdfFormat = rdfFormat;
        this.keepsGraphs = keepsGraphs;
    }

    public String id() {
        return id;
    }

    /** The Jena writer format. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** True when the format writes named graphs rather than their union. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** The names the command line lists, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ExportFormat::id).toList();
    }

    /** The format Jena knows by this name or file extension, if we export it. */
    public static ExportFormat parse(String name) {
        String wanted = name == null ? "" : name.trim();
        Lang lang = RDFLanguages.nameToLang(wanted);
        // Only a bare extension: "ttl.gz" must not pass for Turtle by way of the compression suffix.
        if (lang == null && wanted.matches("[A-Za-z0-9]+")) {
            lang = RDFLanguages.filenameToLang("export." + wanted.toLowerCase(Locale.ROOT));
        }
        for (ExportFormat f : values()) {
            if (f.rdfFormat.getLang().equals(lang)) return f;
        }
        throw new IllegalArgumentException("Unknown export format '" + name + "'; expected one of "
                + String.join(", ", ids()));
    }

    @Override
    public String toString() {
        return id;
    }
}
