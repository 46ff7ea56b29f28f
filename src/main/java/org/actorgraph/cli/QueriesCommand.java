package org.actorgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.PreparedQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code actorgraph queries}: lists the prepared queries. */
@Command(name = "queries", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Lists the prepared queries with their parameters; run one with 'actorgraph query NAME'.")
public class QueriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PreparedQueries catalog = PreparedQueries.load();
        if (catalog.isEmpty()) {
            spec.commandLine().getErr().println("No prepared queries are available.");
            return ActorGraphCommand.EXIT_OK;
        }
        for (PreparedQuery q : catalog.all()) {
            out.println(q.name() + "  " + q.description());
            for (PreparedQuery.Parameter p : q.parameters()) {
                out.println("    --param " + p.name() + "=<" + p.kind() + ">  " + p.description());
            }
        }
        out.flush();
        return ActorGraphCommand.EXIT_OK;
    }
}
