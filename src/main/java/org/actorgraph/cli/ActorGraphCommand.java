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
            SparqlCommand.class,
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
        try {
            System.exit(commandLine().execute(args));
        } catch (OutOfMemoryError e) {
            // The heap is the user's to set; a stack trace from deep inside the NLP models would not say so.
            System.err.println("actorgraph: out of memory (heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); conversion needs about 3 GB: run java -Xmx3g -jar actorgraph.jar …, or bin/actorgraph");
            System.exit(EXIT_FAILURE);
        }
    }

    /** The configured command line, shared by {@link #main} and tests so both behave alike. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ActorGraphCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setParameterExceptionHandler(new UsageErrors());
        // Wrapped at the terminal's width (80 columns when there is none); set last, so that it reaches every subcommand.
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
