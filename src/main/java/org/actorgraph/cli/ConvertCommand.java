package org.actorgraph.cli;

import org.actorgraph.graph.Iris;
import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.store.ActorStore;
import org.actorgraph.vocabulary.AG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code actorgraph convert}: articles in, one named graph per article in the store. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Converts news articles into the actor/position graph and loads it into a TDB2 store, created when absent.",
            "PATH is a .txt file (one article; id = file name without extension), a .jsonl file (one JSON object "
                + "a line: id, text, and optional title, date, url, publisher), a saved web page (.html, .htm, "
                + ".html.gz: its main text and metadata are extracted), a web archive (.warc, .warc.gz: each HTML "
                + "response), an RSS or Atom feed (.rss, .atom, .xml: items with full text) or a directory, read "
                + "recursively.",
            "Converting an article again replaces its graph. Inputs that cannot be read are reported with file and "
                + "line; the others are still converted, and the exit code is 1."
        })
public class ConvertCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = AG.DEFAULT_BASE,
            description = {"Base of the IRIs minted for articles and entities.", "Default: ${DEFAULT-VALUE}"})
    String base;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = {"Leave out positions and events whose ag:confidence is below X, 0 to 1.", "Default: ${DEFAULT-VALUE}, keep all"})
    double minConfidence;

    @Option(names = "--threads", paramLabel = "N",
            description = {"Articles extracted at once, on one shared NLP pipeline.", "Default: the number of cores, ${DEFAULT-VALUE} here"})
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-link", negatable = false,
            description = "Do not link people, organisations, countries and places to DBpedia (saves the title index: "
                    + "about 25 s and 0.4 GB of disk the first time, a memory map of it afterwards).")
    boolean noLink;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1");
        }
        ConversionOptions options = ConversionOptions.defaults().iris(new Iris(base)).minConfidence(minConfidence)
                .link(!noLink).threads(threads);
        try (ActorStore store = storeOption.open()) {
            return ConsoleProgress.convert(store, options, paths, spec.commandLine().getErr());
        }
    }
}
