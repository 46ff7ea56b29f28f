package org.actorgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.actorgraph.article.ArticleCount;
import org.actorgraph.article.InputProblem;
import org.actorgraph.pipeline.Conversion;
import org.actorgraph.pipeline.ConversionListener;
import org.actorgraph.pipeline.ConversionOptions;
import org.actorgraph.pipeline.ConversionResult;
import org.actorgraph.store.ActorStore;

/** Prints a conversion run's progress on the error stream: one line an article, a summary, compaction. */
final class ConsoleProgress implements ConversionListener {
    // Lines shown only when nothing was found to convert: a folder's other files are not news otherwise.
    private static final int NOT_READ_SHOWN = 20;
    private final PrintWriter err;
    private final List<String> notRead = new ArrayList<>();
    private int notReadCount;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    /**
     * Runs a conversion into an open store, printing as it goes (a progress bar on a terminal); the exit code (1 when
     * any input had a problem, or there was nothing to convert).
     */
    static int convert(ActorStore store, ConversionOptions options, List<Path> paths, PrintWriter err) {
        ConversionListener listener = TerminalProgress.wanted()
                ? new TerminalProgress(err, System.err, ArticleCount.estimate(paths)) : new ConsoleProgress(err);
        ConversionResult result = new Conversion(store, options, listener).run(paths);
        return result.ok() ? ActorGraphCommand.EXIT_OK : ActorGraphCommand.EXIT_FAILURE;
    }

    @Override
    public void converted(int count, String articleId, int positions, int events) {
        err.printf("[%d] %s: %d positions, %d events%n", count, articleId, positions, events);
        err.flush();
    }

    @Override
    public void unchanged(String articleId) {
        err.printf("[=] %s: unchanged, skipped%n", articleId);
        err.flush();
    }

    @Override
    public void skipped(String origin, String summary) {
        err.println(origin + ": " + summary);
        err.flush();
    }

    @Override
    public void problem(InputProblem problem) {
        err.println("error: " + problem);
        err.flush();
    }

    @Override
    public void notice(String line) {
        err.println(line);
        err.flush();
    }

    @Override
    public void notRead(String origin, String why) {
        if (++notReadCount <= NOT_READ_SHOWN) notRead.add("skipped " + origin + ": " + why);
    }

    @Override
    public void finished(ConversionResult r) {
        if (r.foundNothing()) {
            notRead.forEach(err::println);
            if (notReadCount > NOT_READ_SHOWN) err.printf("… and %d more file(s) skipped%n", notReadCount - NOT_READ_SHOWN);
        }
        ConversionResult.Timings t = r.timings();
        String loading = t.nlpModels().map(d -> String.format("NLP model load %.1f s", seconds(d))
                + t.linkIndex().map(l -> String.format(", link index %.1f s", seconds(l))).orElse(""))
                .orElse("NLP models not loaded");
        err.printf("Converted %d article(s): %d positions, %d events, %d actors in %.1f s (%s)%s%s%s%n",
                r.articles(), r.positions(), r.events(), r.actors(), t.total().toNanos() / 1e9, loading,
                r.skipped() == 0 ? "" : "; " + r.skipped() + " unchanged article(s) skipped",
                r.problems() == 0 ? "" : "; " + r.problems() + " input(s) could not be converted",
                r.foundNothing() ? "; no article file found" : "");
        err.flush();
    }

    @Override
    public void compacted(long bytesBefore, long bytesAfter, Duration took) {
        err.printf("Compacted the store: %.2f GB -> %.2f GB on disk in %.1f s%n",
                bytesBefore / 1e9, bytesAfter / 1e9, took.toNanos() / 1e9);
        err.flush();
    }

    // Whole milliseconds, as the figures have always been printed.
    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
