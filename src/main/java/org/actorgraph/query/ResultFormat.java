package org.actorgraph.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsFormat;

/**
 * How query results are written: each format is one of Jena's result set languages, asked for by our name or any
 * name Jena's registries know for it ({@code text}, {@code srj} …) or, over HTTP, by its media type.
 */
public enum ResultFormat {
    /** Jena's text table, with the query's prefixes. */
    TABLE("table", ResultSetLang.RS_Text),
    CSV("csv", ResultSetLang.RS_CSV),
    TSV("tsv", ResultSetLang.RS_TSV),
    JSON("json", ResultSetLang.RS_JSON);

    private final String id;
    private final Lang lang;

    ResultFormat(String id, Lang lang) {
        this.id = id;
        this.lang = lang;
    }

    public String id() {
        return id;
    }

    /** Jena's result set language for this format. */
    public Lang lang() {
        return lang;
    }

    /** The media type of SELECT/ASK results in this format. */
    public String contentType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** The names the command line lists, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ResultFormat::id).toList();
    }

    public static ResultFormat parse(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ResultFormat f : values()) {
            if (f.id.equals(wanted)) return f;
        }
        ResultsFormat known = ResultsFormat.lookup(wanted);
        return ofLang(known == null ? null : ResultsFormat.convert(known))
                .or(() -> ofLang(RDFLanguages.nameToLang(wanted)))
                .orElseThrow(() -> new IllegalArgumentException("Unknown result format '" + name
                        + "'; expected one of " + String.join(", ", ids())));
    }

    /** The first format an HTTP Accept header asks for, if it names one of ours. */
    public static Optional<ResultFormat> fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        for (String part : accept.split(",")) {
            String type = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            // Plain JSON is what generic clients ask for; Jena registers it for no result set language.
            if (type.equals("application/json")) return Optional.of(JSON);
            for (ResultFormat f : values()) {
                if (f.lang.getContentType().getContentTypeStr().equals(type) || f.lang.getAltContentTypes().contains(type)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ResultFormat> ofLang(Lang lang) {
        return Arrays.stream(values()).filter(f -> f.lang.equals(lang)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
