package org.actorgraph.cli;

import org.actorgraph.article.Article;
import org.actorgraph.extract.ArticleExtractor;
import org.actorgraph.extract.Rule;
import org.actorgraph.nlp.NlpPipeline;
import org.actorgraph.store.ActorStore;
import org.actorgraph.store.StoredArticles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code actorgraph explain}: what the rules find in a sentence, a text file or a stored article, and why. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Shows, sentence by sentence, every position and event found in a text with the rules that "
                + "made them, their confidence and the parse around each cue; for a sentence with nothing found, "
                + "the phases that saw nothing.")
public class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Source {
        @Parameters(paramLabel = "TEXT", arity = "1", description = "A sentence or a few, as typed.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "A UTF-8 text file holding one article.")
        Path file;

        @Option(names = "--article", paramLabel = "ID", description = "The identifier of an article in the store "
                + "(see 'actorgraph query articles'); its stored text is read again with the current rules.")
        String article;

        @Option(names = "--rules", description = "List every rule, phase by phase, with what it reads.")
        boolean rules;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = {"--store", "--loc"}, paramLabel = "DIR", defaultValue = StoreOption.DEFAULT_STORE,
            description = {"With --article: the TDB2 store folder.", "Default: ./${DEFAULT-VALUE}"})
    Path store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date, which anchors "
            + "\"on Tuesday\" and \"yesterday\" (a typed text or a file has none).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (source.rules) {
            for (Rule r : ArticleExtractor.rules()) {
                out.printf("%-10s %-36s %s%n", r.phase().name().toLowerCase(java.util.Locale.ROOT), r.name(), r.description());
            }
            out.flush();
            return ActorGraphCommand.EXIT_OK;
        }
        Article article = article();
        ExplanationText.write(new ArticleExtractor(NlpPipeline.get()).explain(article), out);
        return ActorGraphCommand.EXIT_OK;
    }

    private Article article() throws IOException {
        if (source.text != null) return new Article("typed", source.text, null, date, null, null, "command line");
        if (source.file != null) {
            if (!Files.isRegularFile(source.file)) throw new IllegalArgumentException(source.file + ": no such file");
            String text = Files.readString(source.file, StandardCharsets.UTF_8);
            String id = source.file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            return new Article(id, text, null, date, null, null, source.file.toString());
        }
        try (ActorStore s = ActorStore.open(StoreOption.existing(store))) {
            return StoredArticles.byIdentifier(s.dataset(), source.article).orElseThrow(() ->
                    new IllegalArgumentException("no article '" + source.article + "' in " + store + " (see 'actorgraph query articles')"));
        }
    }
}
