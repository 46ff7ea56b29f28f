package org.actorgraph.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actorgraph.cli.ActorGraphCommand;
import picocli.CommandLine;

/**
 * The CSV answers of every prepared query that needs no network, run through the command line on one store, for
 * comparing two stores that should hold the same graphs. Rows are sorted, and so are the items of a list in a cell
 * ("A, B" or "A; B"), since rows that tie under a query's ORDER BY, and GROUP_CONCAT's items, come in node order, which
 * depends on how the store was written.
 */
public final class StoreAnswers {
    /** Parameters that find something in the seeds and in the small fixture. */
    public static final Map<String, List<String>> QUERIES = new TreeMap<>(Map.ofEntries(
            Map.entry("actors", List.of()), Map.entry("articles", List.of()), Map.entry("events", List.of()),
            Map.entry("stance-matrix", List.of()), Map.entry("topics", List.of()),
            Map.entry("who-met-whom", List.of()), Map.entry("addressed-and-targeted", List.of()),
            Map.entry("actor-profile", List.of("--param", "actor=Lavrov")),
            Map.entry("positions-of", List.of("--param", "actor=Lavrov")),
            Map.entry("rule-trace", List.of("--param", "actor=Lavrov")),
            Map.entry("positions-on", List.of("--param", "topic=peace negotiations")),
            Map.entry("evidence", List.of("--param",
                    "position=https://w3id.org/actorgraph/id/article/000-5cf0cc4e232c5d29/position/1"))));

    private StoreAnswers() {}

    public static Map<String, String> of(Path store) {
        Map<String, String> answers = new TreeMap<>();
        QUERIES.forEach((name, params) -> answers.put(name, answer(store, name, params)));
        return answers;
    }

    /** The line's cells (CSV, quoted where they hold a comma), each list in a cell sorted, joined by tabs. */
    public static String sortedLists(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') cell.append(c);
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') i++;
                else quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return String.join("\t", cells.stream().map(v -> sorted(v, "; ")).toList());
    }

    /** The items of a list ("B; A", each maybe "D, C") in order. */
    private static String sorted(String cell, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(separator, -1)) items.add(separator.equals("; ") ? sorted(item, ", ") : item);
        items.sort(null);
        return String.join(separator, items);
    }

    private static String answer(Path store, String name, List<String> params) {
        List<String> args = new ArrayList<>(List.of("query", name, "--format", "csv", "--store", store.toString()));
        args.addAll(params);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ActorGraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        if (exit != 0) throw new IllegalStateException(String.join(" ", args) + " failed: " + err);
        List<String> lines = new ArrayList<>(out.toString().lines().map(StoreAnswers::sortedLists).toList());
        if (lines.size() > 1) lines.subList(1, lines.size()).sort(null);
        return String.join("\n", lines);
    }
}
