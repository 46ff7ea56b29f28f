package org.actorgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actorgraph.query.SparqlFormat;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code actorgraph sparql}: any SPARQL query against the store, as Jena's {@code tdb2.tdbquery} runs one. */
@Command(name = "sparql", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) against the store. The default graph is the "
                + "union of the article graphs, as in 'query'; GRAPH reaches each one.",
            "While 'serve' holds the store, the query goes through its endpoint."
        })
public class SparqlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    static final class Source {
        @Parameters(paramLabel = "QUERY", arity = "1", description = "The query text.")
        String text;

        @Option(names = {"--file", "--query"}, paramLabel = "FILE", description = "A file holding the query; - for "
                + "standard input.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = {"${COMPLETION-CANDIDATES}.", "Default: table (Turtle for CONSTRUCT and DESCRIBE)"})
    SparqlFormat format;

    @Override
    public Integer call() throws IOException {
        Query query = parse();
        SparqlFormat chosen = format == null ? SparqlFormat.TABLE : format;
        chosen.misfit(query).ifPresent(why -> {
            throw new ParameterException(spec.commandLine(), why);
        });
        // Collected first, so that a query failing halfway prints an error, not half an answer.
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (ReadTarget target = ReadTarget.open(storeOption, spec.commandLine().getErr(), "sparql")) {
            target.query(query, chosen::write, answer);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(answer.toString(StandardCharsets.UTF_8));
        out.flush();
        return ActorGraphCommand.EXIT_OK;
    }

    private Query parse() throws IOException {
        String where = source.file == null ? "the query" : source.file.toString();
        String text;
        if (source.file == null) {
            text = source.text;
        } else if (source.file.toString().equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else if (!Files.isRegularFile(source.file)) {
            throw new IllegalArgumentException(source.file + ": no such file");
        } else {
            text = Files.readString(source.file, StandardCharsets.UTF_8);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(syntaxError(where, e));
        }
    }

    private static final Pattern PLACE = Pattern.compile("[Ll]ine (\\d+), column (\\d+)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \" .*? \"(.*) \"\"");

    /** Jena's message, cut to its first line, with the place first: the rest lists every token it expected. */
    static String syntaxError(String where, QueryParseException e) {
        String first = String.valueOf(e.getMessage()).strip().lines().findFirst().orElse("");
        // The message's place is the offending token's; getLine() and getColumn() can point past it.
        Matcher at = PLACE.matcher(first);
        String place = at.find() ? " at line " + at.group(1) + ", column " + at.group(2)
                : e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
        first = first.replaceFirst("^Line \\d+, column \\d+: ", "").replaceFirst(" at line \\d+, column \\d+\\.?$", "");
        // The parser's own words: Encountered " "limit" "LIMIT "" or Encountered "<EOF>".
        Matcher token = ENCOUNTERED.matcher(first);
        if (first.startsWith("Encountered \"<EOF>\"")) first = "the query ends too early";
        else if (token.matches()) first = "unexpected '" + token.group(1).strip() + "'";
        return "syntax error in " + where + place + ": " + first;
    }

    static final class FormatConverter implements ITypeConverter<SparqlFormat> {
        @Override
        public SparqlFormat convert(String value) {
            try {
                return SparqlFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SparqlFormat.ids().iterator();
        }
    }
}
