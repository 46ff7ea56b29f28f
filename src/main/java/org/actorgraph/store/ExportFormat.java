package org.actorgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The serialisations {@code actorgraph export} offers. */
public enum ExportFormat {
    /** Every graph merged into one Turtle document. */
    TURTLE("turtle", false),
    /** One graph per article plus the ontology graph. */
    TRIG("trig", true),
    NQUADS("nquads", true),
    JSONLD("jsonld", true);

    private final String id;
    private final boolean keepsGraphs;

    ExportFormat(String id, boolean keepsGraphs) {
        this.id = id;
        this.keepsGraphs = keepsGraphs;
    }

    public String id() {
        return id;
    }

    /** True when the format writes named graphs rather than their union. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    public static ExportFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        switch (wanted) {
            case "ttl": return TURTLE;
            case "nq": return NQUADS;
            case "json-ld": return JSONLD;
            default:
                throw new IllegalArgumentException("Unknown export format '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")));
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
