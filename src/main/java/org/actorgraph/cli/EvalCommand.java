package org.actorgraph.cli;

import org.actorgraph.eval.MeantimeEvaluation;
import org.actorgraph.eval.Re3dEvaluation;
import org.actorgraph.eval.Report;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.pipeline.ExtractionModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code actorgraph eval}: converts an annotated corpus with the normal extractor and scores it against the annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Scores extraction against an annotated corpus, re3d or MEANTIME.",
            "re3d: a folder of subsets, or one subset, each with documents.json, entities.json and relations.json. "
                + "MEANTIME: a folder of CAT XML files, searched recursively.",
            "Prints a table of precision, recall and F1 per measure and a summary line. A benchmark, not a test."
        })
public class EvalCommand implements Callable<Integer> {
    enum Corpus { re3d, meantime }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "re3d|meantime", description = "Corpus format: ${COMPLETION-CANDIDATES}.")
    Corpus format;

    @Parameters(paramLabel = "PATH", description = "The corpus folder.")
    Path path;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write every figure as JSON to this file.")
    Path json;

    @Option(names = "--verbose", description = "List every miss and extra item with its document, so it can be traced to its sentence.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(path)) throw new IllegalArgumentException(path + ": no such corpus folder");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Without DBpedia links: the scores measure extraction alone.
        ArticleExtractor extractor = ExtractionModels.load(false).newExtractor();
        Report report = switch (format) {
            case re3d -> new Re3dEvaluation(extractor::extractWithReferences, err).run(path);
            case meantime -> new MeantimeEvaluation(extractor::extractWithReferences, err).run(path);
        };
        report.print(out, verbose);
        if (json != null) Files.writeString(json, report.toJson());
        return ActorGraphCommand.EXIT_OK;
    }
}
