package org.actorgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.actorgraph.query.PreparedQueryException;
import org.actorgraph.server.ServerFile;
import org.actorgraph.store.ActorGraphStoreException;
import org.actorgraph.store.StoreInUseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can cause or fix (a locked store, a wrong query parameter, an unreadable file) into a
 * one-line message and exit code 1 instead of a stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        if (ex instanceof CommandLine.ParameterException pe) {
            return UsageErrors.report(pe);
        }
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        boolean expected = ex instanceof ActorGraphStoreException || ex instanceof PreparedQueryException
                || ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof UncheckedIOException || ex instanceof IllegalStateException;
        if (ex instanceof StoreInUseException inUse) {
            // The lock alone does not say that the holder is a server a user could use instead.
            message += ServerFile.live(inUse.directory()).map(s -> " It is served at " + s.sparqlUrl() + ".").orElse("");
        }
        cl.getErr().println("actorgraph " + cl.getCommandName() + ": " + message);
        if (!expected) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return ActorGraphCommand.EXIT_FAILURE;
    }
}
