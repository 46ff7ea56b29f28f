package org.actorgraph.cli;

import org.actorgraph.testing.ChildJvm;
import org.actorgraph.testing.SeedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every output shown in README.md and docs/ that is marked {@code <!-- sample: ARGS -->} must be what
 * {@code actorgraph ARGS} prints today on the seed store. {@code <!-- sample: sparql -->} marks a
 * {@code sparql} block whose next block is its CSV answer from a served seed store;
 * {@code <!-- sample: sparql FILE -->} takes the query from FILE (relative to the project directory).
 * Run with {@code -Dactorgraph.docs.regenerate=true} (see docs/regenerate-samples) to rewrite the blocks.
 */
class DocsSamplesTest {
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*sample:\\s*(.*?)\\s*-->\\s*$");
    private static final String FENCE = "```";
    // How the samples show the store and the port; a real run prints the user's own.
    private static final String SHOWN_STORE = "/home/me/actorgraph-store";
    private static final Pattern SERVED_COPY = Pattern.compile("/\\S*/served-\\d+");
    private static final String SHOWN_HOST = "127.0.0.1:3030";
    private static final boolean REGENERATE = Boolean.getBoolean("actorgraph.docs.regenerate");

    /** One marked block: {@code first}..{@code last} are the 0-based lines of its content. */
    record Sample(Path file, int markerLine, List<String> args, String sparql, int first, int last, String shown) {
        String where() {
            return file + ":" + (markerLine + 1) + " (" + String.join(" ", args) + ")";
        }
    }

    private final List<ChildJvm> servers = new ArrayList<>();
    private final Map<List<String>, String> serverUrls = new LinkedHashMap<>();
    @TempDir
    Path scratch;
    private int freshStores;

    @Test
    void everyMarkedSampleIsWhatTheCurrentCodePrints() throws Exception {
        List<Sample> samples = new ArrayList<>();
        for (Path file : markdownFiles()) {
            samples.addAll(samples(file));
        }
        assertTrue(samples.size() >= 3, "no samples marked in README.md or docs/: " + samples);

        SeedStore.Conversion seeds = SeedStore.get();
        Map<Sample, String> actual = new LinkedHashMap<>();
        try {
            for (Sample s : samples) {
                if (!isServed(s)) actual.put(s, runInProcess(s, seeds));
            }
            for (Sample s : samples) {
                if (isServed(s)) actual.put(s, s.sparql() != null ? ask(s, seeds) : serveBanner(s.args(), seeds));
            }
        } finally {
            for (ChildJvm server : servers) server.close();
        }

        List<String> stale = new ArrayList<>();
        List<Sample> staleSamples = new ArrayList<>();
        for (Sample s : samples) {
            String got = actual.get(s);
            if (!mask(got, isServed(s)).equals(mask(s.shown(), isServed(s)))) {
                stale.add(s.where() + "\n" + diff(mask(s.shown(), isServed(s)), mask(got, isServed(s))));
                staleSamples.add(s);
            }
        }
        if (REGENERATE) {
            // Only stale blocks are rewritten, so the timings a page shows do not change with every run.
            rewrite(staleSamples, actual, seeds.store());
            return;
        }
        if (!stale.isEmpty()) {
            fail(stale.size() + " sample(s) differ from what the code prints (- shown, + printed); "
                    + "docs/regenerate-samples rewrites them.\n\n" + String.join("\n\n", stale));
        }
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        for (String dir : List.of("docs", "bench")) {
            if (!Files.isDirectory(Path.of(dir))) continue;
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.naturalOrder()).forEach(files::add);
            }
        }
        return files;
    }

    static List<Sample> samples(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Sample> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (!m.matches()) continue;
            List<String> args = words(m.group(1));
            int[] block = block(lines, i + 1, file, i);
            String sparql = null;
            if (args.equals(List.of("sparql"))) {
                sparql = String.join("\n", lines.subList(block[0], block[1] + 1));
                block = block(lines, block[1] + 2, file, i);
            } else if (args.size() == 2 && args.get(0).equals("sparql")) {
                sparql = Files.readString(Path.of(args.get(1)), StandardCharsets.UTF_8);
            }
            found.add(new Sample(file, i, args, sparql, block[0], block[1],
                    String.join("\n", lines.subList(block[0], block[1] + 1))));
            i = block[1] + 1;
        }
        return found;
    }

    /** The content lines of the fenced block starting at or after {@code from}, past blank lines. */
    private static int[] block(List<String> lines, int from, Path file, int marker) {
        int open = from;
        while (open < lines.size() && lines.get(open).isBlank()) open++;
        if (open >= lines.size() || !lines.get(open).startsWith(FENCE)) {
            fail(file + ":" + (marker + 1) + ": a sample marker must be followed by a fenced block");
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).startsWith(FENCE)) close++;
        if (close >= lines.size()) fail(file + ":" + (open + 1) + ": fenced block is never closed");
        return new int[] {open + 1, close - 1};
    }

    /** Splits a command line as a shell would for plain words and quoted strings. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    private static boolean isServed(Sample s) {
        return s.sparql() != null || s.args().get(0).equals("serve");
    }

    private String runInProcess(Sample s, SeedStore.Conversion seeds) throws IOException {
        if (s.args().get(0).equals("convert")) {
            // Converting the seeds again would only skip them: the seed store's own conversion is that sample.
            if (withoutStore(s.args()).equals(seeds.args())) return seeds.out() + seeds.err();
            List<String> args = withoutStore(s.args());
            args.addAll(List.of("--store", freshStore().toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            return r.out() + r.err();
        }
        CliRun r = CliRun.of(onSeedStore(s.args(), seeds.store()).toArray(String[]::new));
        return r.out() + r.err();
    }

    private Path freshStore() {
        return scratch.resolve("store-" + (++freshStores));
    }

    private static List<String> withoutStore(List<String> args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--store")) i++;
            else if (!args.get(i).startsWith("--store=")) rest.add(args.get(i));
        }
        return rest;
    }

    /** The arguments with {@code --store} pointing at the seed store, for commands that have the option. */
    private static List<String> onSeedStore(List<String> args, Path store) {
        CommandLine sub = ActorGraphCommand.commandLine().getSubcommands().get(args.get(0));
        if (sub == null || sub.getCommandSpec().findOption("--store") == null) return args;
        List<String> result = withoutStore(args);
        result.add("--store");
        result.add(store.toString());
        return result;
    }

    private String serveBanner(List<String> args, SeedStore.Conversion seeds) throws Exception {
        List<String> childArgs = onSeedStore(args, servedCopy(seeds.store()));
        childArgs.addAll(List.of("--port", "0"));
        ChildJvm server = ChildJvm.start("1g", childArgs.toArray(String[]::new));
        servers.add(server);
        List<String> banner = new ArrayList<>();
        String line;
        while ((line = server.nextOutLine(120)) != null) {
            banner.add(line);
            if (line.startsWith("SPARQL endpoint:")) serverUrls.put(args, line.substring(line.indexOf("http")));
            if (line.startsWith("Press Ctrl-C")) return String.join("\n", banner);
        }
        fail("'" + String.join(" ", args) + "' printed no banner within 120 s; stderr:\n" + server.err());
        return null;
    }

    /**
     * A copy of the seed store for the child JVM: this JVM may still hold the store's lock (TDB2 keeps it per
     * process), and a killed server would leave its own lock behind on the shared store.
     */
    private Path servedCopy(Path store) throws IOException {
        Path copy = scratch.resolve("served-" + (++freshStores));
        try (Stream<Path> files = Files.walk(store)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(store.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, target);
            }
        }
        return copy;
    }

    /** Posts the sample's query as a form, as {@code curl --data-urlencode query@FILE} does. */
    private String ask(Sample s, SeedStore.Conversion seeds) throws Exception {
        List<String> plain = List.of("serve");
        if (!serverUrls.containsKey(plain)) serveBanner(plain, seeds);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(serverUrls.get(plain)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(s.sparql(), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) fail(s.where() + ": HTTP " + r.statusCode() + "\n" + r.body());
        return r.body();
    }

    /**
     * What may differ between runs and machines: timings ("21.3 s"), the lines of a first-run index build, absolute paths, the port of a server
     * started for the sample and line ends (the CSV of the SPARQL protocol ends lines with CR LF).
     */
    static String mask(String text, boolean served) {
        String s = text.replace("\r\n", "\n");
        // Printed only by the first conversion on a machine, while the title index is built.
        s = s.replaceAll("(?m)^Buil(ding|t) the Wikipedia title index.*\n?", "");
        s = s.replaceAll("\\b\\d+(\\.\\d+)? s\\b", "_ s");
        s = s.replaceAll("(?m)(^|\\s)/[^\\s()]+", "$1/_");
        if (served) s = s.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:_");
        s = s.replaceAll("(?m)[ \\t]+$", "");
        return s.strip();
    }

    /** A line diff of two short texts: lines only in {@code shown} start with '-', only in {@code printed} with '+'. */
    static String diff(String shown, String printed) {
        String[] a = shown.split("\n", -1);
        String[] b = printed.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.append("  ").append(a[i++]).append('\n');
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.append("- ").append(a[i++]).append('\n');
            } else {
                out.append("+ ").append(b[j++]).append('\n');
            }
        }
        return out.toString();
    }

    /** Writes what was printed into each block, the seed store and port shown as a user would have them. */
    private static void rewrite(List<Sample> samples, Map<Sample, String> actual, Path store) throws IOException {
        Map<Path, List<Sample>> byFile = new LinkedHashMap<>();
        for (Sample s : samples) byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
        for (Map.Entry<Path, List<Sample>> e : byFile.entrySet()) {
            List<String> lines = new ArrayList<>(Files.readAllLines(e.getKey(), StandardCharsets.UTF_8));
            List<Sample> inFile = new ArrayList<>(e.getValue());
            // Bottom up, so that earlier blocks keep their line numbers.
            inFile.sort(Comparator.comparingInt(Sample::first).reversed());
            for (Sample s : inFile) {
                String text = actual.get(s).replace("\r\n", "\n").replace(store.toString(), SHOWN_STORE)
                        .replaceAll(SERVED_COPY.pattern(), SHOWN_STORE).replaceAll("(?m)[ \\t]+$", "").strip();
                if (isServed(s)) text = text.replaceAll("127\\.0\\.0\\.1:\\d+", SHOWN_HOST);
                List<String> block = lines.subList(s.first(), s.last() + 1);
                block.clear();
                block.addAll(List.of(text.split("\n", -1)));
            }
            Files.write(e.getKey(), lines, StandardCharsets.UTF_8);
        }
    }
}
