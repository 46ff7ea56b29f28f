package org.actorgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.actorgraph.article.ArticleCount;
import org.actorgraph.article.InputProblem;
import org.actorgraph.pipeline.ConversionListener;
import org.actorgraph.pipeline.ConversionResult;

/**
 * A conversion's progress on a terminal: one bar with the articles done of the total, the rate and the time left,
 * instead of a line an article. Problems, notices and the summary are still printed as {@link ConsoleProgress} prints
 * them, each on a line of its own above the bar.
 */
final class TerminalProgress implements ConversionListener {
    // Carriage return and "erase line": the bar is redrawn below on its next tick.
    private static final String CLEAR_BAR = "\r\u001b[2K";

    private final ConsoleProgress lines;
    private final PrintWriter err;
    private final ProgressBar bar;

    /** {@code total} is {@link ArticleCount#UNKNOWN} when only reading tells (archives, feeds): the bar then just counts. */
    TerminalProgress(PrintWriter err, PrintStream barStream, long total) {
        this.err = err;
        this.lines = new ConsoleProgress(err);
        this.bar = new ProgressBarBuilder()
                .setTaskName("Converting")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                // News articles go by at a few a second or less: two decimals, not ".0".
                .showSpeed(new DecimalFormat("0.00"))
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(barStream))
                .build();
    }

    /** True when standard error is seen by a person: plain lines otherwise, which logs and scripts can read. */
    static boolean wanted() {
        return System.console() != null;
    }

    @Override
    public void converted(int count, String articleId, int positions, int events) {
        bar.step();
    }

    @Override
    public void unchanged(String articleId) {
        bar.step();
    }

    @Override
    public void problem(InputProblem problem) {
        clearBar();
        lines.problem(problem);
        bar.step();
    }

    @Override
    public void skipped(String origin, String summary) {
        clearBar();
        lines.skipped(origin, summary);
    }

    @Override
    public void notice(String line) {
        clearBar();
        lines.notice(line);
    }

    @Override
    public void notRead(String origin, String why) {
        lines.notRead(origin, why);
    }

    @Override
    public void finished(ConversionResult result) {
        bar.maxHint(bar.getCurrent());
        bar.close();
        lines.finished(result);
    }

    @Override
    public void compacted(long bytesBefore, long bytesAfter, Duration took) {
        lines.compacted(bytesBefore, bytesAfter, took);
    }

    private void clearBar() {
        err.print(CLEAR_BAR);
        err.flush();
    }
}
