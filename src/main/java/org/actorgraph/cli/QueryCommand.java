package org.actorgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQueryException;
import org.actorgraph.query.QueryRunner;
import org.actorgraph.query.ResultFormat;
import org.apache.jena.query.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code actorgraph query}: runs one prepared query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Runs a prepared query (see 'actorgraph queries') against the store.")
public class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the prepared query.")
    String name;

    @Option(names = "--param", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A query parameter; repeat for several. Values are bound as RDF terms, never pasted "
                    + "into the query text.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = {"${COMPLETION-CANDIDATES}.", "Default: ${DEFAULT-VALUE}"})
    ResultFormat format;

    @Override
    public Integer call() {
        QueryRunner runner = new QueryRunner(PreparedQueries.load());
        // Check the name and parameters before touching the store, so usage mistakes fail fast and cheaply.
        Query query;
        try {
            query = runner.prepare(name, params);
        } catch (PreparedQueryException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // Results are collected first so that a failing query prints an error, not half a table.
        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try (ReadTarget target = ReadTarget.open(storeOption, spec.commandLine().getErr(), "query")) {
            target.query(query, (qe, q, out) -> QueryRunner.write(qe, q, format, out), results);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return ActorGraphCommand.EXIT_OK;
    }

    static final class FormatConverter implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            try {
                return ResultFormat.parse(value);
            } catch (IllegalArgumentException e) {
                // Picocli prints this message as it is; any other exception it prints with its class name.
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ResultFormat.ids().iterator();
        }
    }
}
