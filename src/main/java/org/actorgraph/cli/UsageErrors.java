package org.actorgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line that cannot be run in a line or two and exit code 2: what is wrong, then picocli's
 * suggestion for a mistyped option or command, or where the help is. The whole usage would bury the one line that
 * matters.
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return report(ex);
    }

    static int report(ParameterException ex) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        }
        err.flush();
        return ActorGraphCommand.EXIT_USAGE;
    }
}
