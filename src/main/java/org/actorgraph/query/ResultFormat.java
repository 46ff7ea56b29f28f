package org.actorgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How query results are written. */
public enum ResultFormat {
    TABLE("table", "text/plain"),
    CSV("csv", "text/csv"),
    TSV("tsv", "text/tab-separated-values"),
    JSON("json", "application/sparql-results+json");

    private final String id;
    private final String contentType;

    ResultFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    /** The media type of SELECT/ASK results in this format. */
    public String contentType() {
        return contentType;
    }

    public static ResultFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ResultFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown result format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ResultFormat::id).collect(Collectors.joining(", ")));
    }

    /** The first format an HTTP Accept header asks for, if it names one of ours. */
    public static Optional<ResultFormat> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/sparql-results+json", "application/json": return Optional.of(JSON);
                case "text/csv": return Optional.of(CSV);
                case "text/tab-separated-values": return Optional.of(TSV);
                case "text/plain": return Optional.of(TABLE);
                default: break;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
