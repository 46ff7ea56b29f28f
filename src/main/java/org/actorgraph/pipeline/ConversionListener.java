package org.actorgraph.pipeline;

import java.time.Duration;

import org.actorgraph.article.InputProblem;

/**
 * Hears how a conversion run goes, as it goes. Calls come one at a time (never concurrently), in the order things
 * happened, though with several threads not always from the calling thread. Every method does nothing by default.
 */
public interface ConversionListener {
    /** An article was stored; {@code count} is how many have been so far in this run. */
    default void converted(int count, String articleId, int positions, int events) {}

    /** An article was skipped: its stored graph was made from the same input with the same options. */
    default void unchanged(String articleId) {}

    /** An input could not be read or converted; the run goes on with the next. */
    default void problem(InputProblem problem) {}

    /** What an input held besides articles (a web archive's other records, a feed's summary-only items). */
    default void skipped(String origin, String summary) {}

    /** Something that takes a while is starting or has finished (a first-run index build); one line for the user. */
    default void notice(String line) {}

    /** A file in a directory was not read: it is not an article file. */
    default void notRead(String origin, String why) {}

    /** Every input has been dealt with; compaction, if due, comes next. */
    default void finished(ConversionResult result) {}

    /** The run grew the store enough to compact it: its size on disk before and after, and how long it took. */
    default void compacted(long bytesBefore, long bytesAfter, Duration took) {}
}
