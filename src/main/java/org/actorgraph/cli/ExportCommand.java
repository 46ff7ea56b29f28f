package org.actorgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.actorgraph.store.GraphExporter;
import org.actorgraph.store.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code actorgraph export}: writes the whole store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Writes the whole store as RDF.",
            "turtle, ntriples, rdfxml: every graph, ontology included, merged into one document; "
                + "trig, nquads, jsonld: one named graph per article plus the ontology graph. "
                + "Their common other names and file extensions work too (ttl, nt, nq, json-ld, rdf)."
        })
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = {"${COMPLETION-CANDIDATES}.", "Default: ${DEFAULT-VALUE}"})
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (ReadTarget target = ReadTarget.open(storeOption, spec.commandLine().getErr(), "export")) {
            if (out == null) {
                // Picocli's writer is character based; RDF writers want bytes, so use the real stdout stream.
                spec.commandLine().getOut().flush();
                OutputStream stdout = new BufferedOutputStream(System.out);
                export(target, stdout);
                stdout.flush();
            } else {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                    export(target, file);
                }
                spec.commandLine().getErr().println("Wrote " + format.id() + " to " + out);
            }
        }
        return ActorGraphCommand.EXIT_OK;
    }

    private void export(ReadTarget target, OutputStream to) {
        target.dataset(dataset -> {
            GraphExporter.export(dataset, to, format);
            return null;
        });
    }

    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                // Picocli prints this message as it is; any other exception it prints with its class name.
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ExportFormat.ids().iterator();
        }
    }
}
