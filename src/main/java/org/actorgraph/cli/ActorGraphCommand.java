package org.actorgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code actorgraph} command line. */
@Command(name = "actorgraph",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = "Turns news articles into a knowledge graph of actors and the positions they state, "
                + "and serves it over SPARQL.",
        subcommands = {
            ConvertCommand.class,
            ExportCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            QueriesCommand.class,
            QueryCommand.class,
            LinkCommand.class,
            EvalCommand.class,
            ExplainCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:invalid command line"})
public class ActorGraphCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: say what there is rather than doing nothing silently.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests so both behave alike. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ActorGraphCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }
}
