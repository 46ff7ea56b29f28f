package org.actorgraph.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of one evaluation: a row per measure, notes on how the corpus differs from us, and a summary. */
public final class Report {
    /** The confidence thresholds at which the precision/recall trade-off is reported. */
    static final double[] THRESHOLDS = {0.5, 0.7, 0.8};

    private final String corpus;
    private final Map<String, Score> rows = new LinkedHashMap<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    int documents;
    double seconds;

    public Report(String corpus) {
        this.corpus = corpus;
    }

    public Score row(String name) {
        return rows.computeIfAbsent(name, k -> new Score());
    }

    public Map<String, Score> rows() {
        return rows;
    }

    /** Adds a headline row that sums the given rows. */
    void total(String name, String... rows) {
        Score sum = new Score();
        for (String r : rows) sum.add(row(r));
        this.rows.put(name, sum);
    }

    /** A figure that is not precision and recall, such as an accuracy. */
    public void figure(String name, double value) {
        figures.put(name, value);
    }

    public Map<String, Double> figures() {
        return figures;
    }

    public void note(String text) {
        notes.add(text);
    }

    void detail(String text) {
        details.add(text.replaceAll("\\s+", " "));
    }

    public int documents() {
        return documents;
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "  -  " : String.format(Locale.ROOT, "%.3f", v);
    }

    public void print(PrintWriter out, boolean verbose) {
        out.printf(Locale.ROOT, "%s: %d documents in %.1f s%n", corpus, documents, seconds);
        out.printf(Locale.ROOT, "%-44s %6s %6s %6s %6s %6s %6s %6s%n", "measure", "gold", "found", "pred", "right", "P", "R", "F1");
        for (Map.Entry<String, Score> e : rows.entrySet()) {
            Score s = e.getValue();
            out.printf(Locale.ROOT, "%-44s %6d %6d %6d %6d %6s %6s %6s%n", e.getKey(), s.gold, s.found, s.predicted, s.correct,
                    f(s.precision()), f(s.recall()), f(s.f1()));
        }
        for (Map.Entry<String, Double> e : figures.entrySet()) out.printf(Locale.ROOT, "%-44s %s%n", e.getKey(), f(e.getValue()));
        for (String n : notes) out.println("note: " + n);
        if (verbose) for (String d : details) out.println("  " + d);
        out.println(summary());
        out.flush();
    }

    /** One line with the headline figures, for logs and issue notes. */
    public String summary() {
        StringBuilder sb = new StringBuilder(corpus).append(':');
        for (Map.Entry<String, Score> e : rows.entrySet()) {
            if (!e.getKey().startsWith("*")) continue;
            Score s = e.getValue();
            sb.append(String.format(Locale.ROOT, " %s P=%s R=%s F1=%s;", e.getKey().substring(1).trim(), f(s.precision()), f(s.recall()), f(s.f1())));
        }
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            if (e.getKey().startsWith("*")) sb.append(String.format(Locale.ROOT, " %s=%s;", e.getKey().substring(1).trim(), f(e.getValue())));
        }
        return sb.toString();
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n  \"corpus\": \"").append(corpus).append("\",\n  \"documents\": ").append(documents)
                .append(",\n  \"seconds\": ").append(String.format(Locale.ROOT, "%.1f", seconds)).append(",\n  \"rows\": {");
        String sep = "\n";
        for (Map.Entry<String, Score> e : rows.entrySet()) {
            Score s = e.getValue();
            sb.append(sep).append(String.format(Locale.ROOT,
                    "    \"%s\": {\"gold\": %d, \"found\": %d, \"predicted\": %d, \"correct\": %d, \"precision\": %s, \"recall\": %s, \"f1\": %s}",
                    e.getKey().replace("*", "").trim(), s.gold, s.found, s.predicted, s.correct, num(s.precision()), num(s.recall()), num(s.f1())));
            sep = ",\n";
        }
        sb.append("\n  },\n  \"figures\": {");
        sep = "\n";
        for (Map.Entry<String, Double> e : figures.entrySet()) {
            sb.append(sep).append(String.format(Locale.ROOT, "    \"%s\": %s", e.getKey().replace("*", "").trim(), num(e.getValue())));
            sep = ",\n";
        }
        return sb.append("\n  }\n}\n").toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
    }
}
