package org.actorgraph.article;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from {@code .txt} files (one article each, id = file name without extension), {@code .jsonl} files
 * (one JSON object a line: id, text, and optionally title, date, url, publisher) and directories of those, walked
 * recursively in name order. Anything unreadable is reported with its file and line, and reading goes on.
 */
public final class ArticleReader {
    /** Larger articles are refused rather than risking the memory of a long batch. */
    public static final long MAX_ARTICLE_BYTES = 2_000_000;

    public void read(List<Path> paths, ArticleSink sink) {
        for (Path p : paths) readPath(p, sink);
    }

    private void readPath(Path path, ArticleSink sink) {
        if (!Files.exists(path)) {
            sink.problem(new InputProblem(path.toString(), "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            // Links are not followed, so a link back up the tree cannot loop.
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.problem(new InputProblem(path.toString(), "cannot list directory: " + e.getMessage()));
            }
            for (Path f : files) readFile(f, sink);
        } else {
            readFile(path, sink);
        }
    }

    private static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl");
    }

    private void readFile(Path file, ArticleSink sink) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl")) {
            readJsonLines(file, sink);
        } else if (lower.endsWith(".txt")) {
            String text = readText(file, sink);
            if (text == null) return;
            String id = name.substring(0, name.length() - 4);
            if (text.isBlank()) sink.problem(new InputProblem(file.toString(), "empty article (no text)"));
            else sink.article(new Article(id, text, null, null, null, null, file.toString()));
        } else {
            sink.problem(new InputProblem(file.toString(), "not an article file: expected .txt or .jsonl"));
        }
    }

    private String readText(Path file, ArticleSink sink) {
        try {
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES) {
                sink.problem(new InputProblem(file.toString(), "article too large (" + size + " bytes; limit " + MAX_ARTICLE_BYTES + ")"));
                return null;
            }
            return decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            sink.problem(new InputProblem(file.toString(), "not valid UTF-8 text"));
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /** Strict UTF-8: a Latin-1 file is reported, not silently turned into replacement characters. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s = d.decode(ByteBuffer.wrap(bytes)).toString();
        if (s.indexOf('\u0000') >= 0) throw new MalformedInputException(0);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private void readJsonLines(Path file, ArticleSink sink) {
        try (InputStream in = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT)))) {
            String line;
            int n = 0;
            while (true) {
                try {
                    line = r.readLine();
                } catch (MalformedInputException e) {
                    sink.problem(new InputProblem(file + ":" + (n + 1), "not valid UTF-8 text; rest of file skipped"));
                    return;
                }
                if (line == null) break;
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String origin = file + ":" + n;
                JsonValue value;
                try {
                    value = JSON.parseAny(line);
                } catch (RuntimeException e) {
                    // The JSON parser's own messages speak of its tokens; say what the user can act on.
                    sink.problem(new InputProblem(origin, "malformed JSON line: not a complete JSON object"));
                    continue;
                }
                try {
                    sink.article(fromJson(value, origin));
                } catch (IllegalArgumentException e) {
                    sink.problem(new InputProblem(origin, "malformed JSON line: " + oneLine(e.getMessage())));
                }
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private static Article fromJson(JsonValue v, String origin) {
        if (!v.isObject()) throw new IllegalArgumentException("expected a JSON object");
        JsonObject o = v.getAsObject();
        String id = string(o, "id");
        String text = string(o, "text");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("missing \"id\"");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("missing or empty \"text\"");
        LocalDate date = null;
        String d = string(o, "date");
        if (d != null && !d.isBlank()) {
            try {
                date = LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" is not an ISO date (YYYY-MM-DD...): " + d);
            }
        }
        return new Article(id, text, string(o, "title"), date, string(o, "url"), string(o, "publisher"), origin);
    }

    private static String string(JsonObject o, String key) {
        if (!o.hasKey(key) || o.get(key).isNull()) return null;
        JsonValue v = o.get(key);
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        throw new IllegalArgumentException("\"" + key + "\" must be a string");
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
