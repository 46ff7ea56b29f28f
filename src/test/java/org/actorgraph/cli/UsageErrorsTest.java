package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actorgraph.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What a user sees for a mistake on the command line: a line or two, exit code 2, no Java in sight. */
class UsageErrorsTest {
    private static final Pattern DEFAULT = Pattern.compile("\\(default: [^)]*\\)|^Default: .*$");

    @TempDir
    Path tmp;

    private static void noJava(CliRun r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("java.") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aMistypedQueryNameGetsASuggestion() {
        CliRun r = CliRun.of("query", "who-met-who", "--store", tmp.resolve("s").toString());
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit(), r.err());
        assertEquals(List.of("Unknown prepared query 'who-met-who'; did you mean who-met-whom?",
                "See 'actorgraph query --help'."), r.err().lines().toList());
        noJava(r);
    }

    @Test
    void aBadFormatIsPicocliOwnLineWithTheValidValues() {
        CliRun r = CliRun.of("query", "actors", "--format", "xml");
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals("Invalid value for option '--format': Unknown result format 'xml'; expected one of "
                + "table, csv, tsv, json", lines.get(0));
        assertFalse(r.err().contains("Usage:"), "no usage dump: " + r.err());
        noJava(r);
    }

    @Test
    void aMistypedOptionIsNamedWithPicocliSuggestion() {
        CliRun r = CliRun.of("query", "actors", "--stor", "x");
        assertEquals(ActorGraphCommand.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("--store"), r.err());
        assertFalse(r.err().contains("Usage:"), r.err());
    }

    @Test
    void aPortInUseIsOneLineNamingThePort() throws Exception {
        Path store = tmp.resolve("store");
        Fixtures.smallStore(store).close();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun r = CliRun.of("serve", "--store", store.toString(), "--port", "" + port);
            assertEquals(ActorGraphCommand.EXIT_FAILURE, r.exit(), r.err());
            assertEquals(List.of("actorgraph serve: port " + port + " on 127.0.0.1 is already in use — stop what "
                    + "uses it, or choose another with --port (--port 0 picks a free one)"), r.err().lines().toList());
        }
    }

    @Test
    void everyCommandTellsItsVersion() {
        for (String name : ActorGraphCommand.commandLine().getSubcommands().keySet()) {
            CliRun r = CliRun.of(name, "--version");
            assertEquals(0, r.exit(), name);
            assertTrue(r.out().startsWith("ActorGraph "), name + ": " + r.out());
        }
    }

    private static String usage(CommandLine cl, int width) {
        cl.getCommandSpec().usageMessage().width(width);
        StringWriter out = new StringWriter();
        cl.usage(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void helpKeepsEveryDefaultOnOneLineAtCommonWidths() {
        for (int width : new int[] {80, 100, 120, 160}) {
            CommandLine top = ActorGraphCommand.commandLine();
            for (CommandLine sub : top.getSubcommands().values()) {
                String help = usage(sub, width);
                List<String> lines = help.lines().map(String::strip).toList();
                for (OptionSpec option : sub.getCommandSpec().options()) {
                    for (String text : option.description()) {
                        Matcher m = DEFAULT.matcher(text);
                        while (m.find()) {
                            String shown = m.group();
                            assertTrue(lines.stream().anyMatch(l -> l.contains(shown)), sub.getCommandName() + " "
                                    + option.longestName() + " at " + width + " columns breaks '" + shown + "':\n" + help);
                        }
                    }
                }
            }
            String top80 = usage(top, width);
            assertTrue(top80.replaceAll("\\s+", " ").contains(
                    "eval Scores extraction against an annotated corpus, re3d or MEANTIME."), top80);
        }
    }
}
