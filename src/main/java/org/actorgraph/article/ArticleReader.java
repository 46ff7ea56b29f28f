package org.actorgraph.article;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from the files users have, and from directories of them, walked recursively in name order:
 * <ul>
 *   <li>{@code .txt}: one article each, id = file name without extension;</li>
 *   <li>{@code .jsonl}: one JSON object a line: id, text, and optionally title, date, url, publisher;</li>
 *   <li>{@code .html}, {@code .htm}, {@code .xhtml}, also gzipped ({@code .html.gz}): a saved web page, whose main
 *       text and metadata are extracted ({@link HtmlPage}); id = file name without extensions;</li>
 *   <li>{@code .warc}, {@code .warc.gz}: a web archive, each HTML response an article ({@link WarcArticles});</li>
 *   <li>{@code .rss}, {@code .atom}, and {@code .xml} files that are feeds: items with full text
 *       ({@link FeedArticles}).</li>
 * </ul>
 * Anything unreadable is reported with its file and line (or record, or item), and reading goes on.
 *
 * <p>What is refused, and why: text that is not UTF-8 (it would be garbled silently), binary data, markup in a
 * {@code .txt} or JSON line (menus, scripts and markup would become "sentences"; a page saved as {@code .html} has
 * its article text extracted), articles over {@link #MAX_ARTICLE_BYTES} (the NLP pipeline's memory grows with the
 * article), and text with broken Unicode. A UTF-8 byte order mark is accepted and dropped. Pages and feeds are read
 * into memory up to a bound that holds after decompression too, so a huge file or a gzip bomb is refused in one line.
 */
public final class ArticleReader {
    /**
     * Largest article text accepted, in bytes of UTF-8: about 150,000 words, far beyond any news article, and small
     * enough that the NLP pipeline stays within a few gigabytes of heap.
     */
    public static final long MAX_ARTICLE_BYTES = 1_000_000;
    /** Longest JSON line read; beyond it the line is skipped without being held in memory. */
    static final int MAX_JSON_LINE_BYTES = (int) (2 * MAX_ARTICLE_BYTES);

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern HTML_START = Pattern.compile("^\\s*<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(p|div|span|br|a|script|style|table|tr|td|ul|ol|li|h[1-6]|meta|link|img|article|section|nav)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final int HTML_TAGS_TO_REFUSE = 3;

    public void read(List<Path> paths, ArticleSink sink) {
        Set<Path> seen = new HashSet<>();
        for (Path p : paths) readPath(p, sink, seen);
    }

    private void readPath(Path path, ArticleSink sink, Set<Path> seen) {
        if (!Files.exists(path)) {
            sink.problem(new InputProblem(path.toString(), Files.isSymbolicLink(path)
                    ? "broken symbolic link (or a link loop)" : "no such file or directory"));
        } else if (Files.isDirectory(path)) {
            for (Path f : listArticleFiles(path, sink)) readOnce(f, sink, seen);
        } else {
            readOnce(path, sink, seen);
        }
    }

    // A file reached twice, through a link or by naming it twice, is read once.
    private void readOnce(Path file, ArticleSink sink, Set<Path> seen) {
        try {
            if (!seen.add(file.toRealPath())) return;
        } catch (IOException e) {
            // Reported by readFile with a better message.
        }
        readFile(file, sink);
    }

    /**
     * Article files under {@code dir}, sorted. Links are followed so that linked article folders are read, but a link
     * back up the tree is reported and not entered, so a loop cannot make the walk endless.
     */
    private static List<Path> listArticleFiles(Path dir, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<InputProblem> notRead = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isArticleFile(file)) {
                        files.add(file);
                    } else if (attrs.isRegularFile()) {
                        notRead.add(new InputProblem(file.toString(), notAnArticle(file)));
                    } else if (attrs.isSymbolicLink()) {
                        // The walk hands over a link itself only when it cannot be followed: dangling, or a loop.
                        problems.add(new InputProblem(file.toString(), brokenLink(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new InputProblem(file.toString(), describe(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) problems.add(new InputProblem(d.toString(), "cannot list directory: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputProblem(dir.toString(), "cannot list directory: " + describe(e)));
        }
        problems.sort((a, b) -> a.origin().compareTo(b.origin()));
        problems.forEach(sink::problem);
        notRead.sort((a, b) -> a.origin().compareTo(b.origin()));
        notRead.forEach(n -> sink.notRead(n.origin(), n.message()));
        files.sort(null);
        return files;
    }

    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "symbolic link cannot be followed";
        } catch (IOException e) {
            return describe(e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemLoopException) return "symbolic link loop; not followed";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "broken symbolic link or file removed while reading";
        String reason = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links")) {
            return "symbolic link loop; not followed";
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    static final String SUPPORTED = ".txt, .jsonl, .html, .htm, .xhtml (also gzipped), .warc, .warc.gz, .rss, .atom "
            + "or an .xml feed";

    private static String notAnArticle(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")
                ? "an .xml file that is not an RSS or Atom feed" : "not a supported input (" + SUPPORTED + ")";
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".jsonl") || htmlExtension(name) != null || isWarc(name)
                || name.endsWith(".rss") || name.endsWith(".atom") || (name.endsWith(".xml") && looksLikeFeed(p));
    }

    private static final List<String> HTML_EXTENSIONS = List.of(".html.gz", ".htm.gz", ".xhtml.gz", ".html", ".htm", ".xhtml");

    /** The HTML extension a file name ends with (lower case), or null. */
    static String htmlExtension(String lowerName) {
        for (String ext : HTML_EXTENSIONS) if (lowerName.endsWith(ext)) return ext;
        return null;
    }

    private static boolean isWarc(String lowerName) {
        return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
    }

    /** An .xml file in a folder is read only if it is a feed, so that other XML lying beside articles is left alone. */
    private static boolean looksLikeFeed(Path p) {
        try {
            String head = new String(head(p), StandardCharsets.ISO_8859_1);
            return FEED_ROOT.matcher(head).find();
        } catch (IOException e) {
            return true; // Reported with its reason when read.
        }
    }

    private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");

    private void readFile(Path file, ArticleSink sink) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            sink.problem(new InputProblem(file.toString(), "is a directory"));
        } else if (lower.endsWith(".jsonl")) {
            readJsonLines(file, sink);
        } else if (htmlExtension(lower) != null) {
            readHtml(file, name, htmlExtension(lower), sink);
        } else if (isWarc(lower)) {
            WarcArticles.read(file, sink);
        } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
            FeedArticles.read(file, sink);
        } else if (lower.endsWith(".txt")) {
            String text = readText(file, sink);
            if (text == null) return;
            String id = name.substring(0, name.length() - 4);
            String refusal = refuseText(text);
            if (refusal != null) sink.problem(new InputProblem(file.toString(), refusal));
            else sink.article(new Article(id, text, null, null, null, null, file.toString()));
        } else {
            sink.problem(new InputProblem(file.toString(), "not an article file: expected .txt, .jsonl, .html, .htm, .html.gz, .warc, .warc.gz, .rss, .atom or .xml (a feed)"));
        }
    }

    private static void readHtml(Path file, String name, String extension, ArticleSink sink) {
        String id = name.substring(0, name.length() - extension.length());
        byte[] html;
        try (InputStream raw = Files.newInputStream(file)) {
            if (!extension.endsWith(".gz") && Files.size(file) > HtmlPage.MAX_PAGE_BYTES) {
                throw new Refused(String.format(Locale.ROOT, "page too large: %,d bytes; the limit is %,d bytes",
                        Files.size(file), HtmlPage.MAX_PAGE_BYTES));
            }
            InputStream in = extension.endsWith(".gz") ? new GZIPInputStream(raw, 65536) : raw;
            html = Bounded.read(in, HtmlPage.MAX_PAGE_BYTES, "page");
        } catch (Refused r) {
            sink.problem(new InputProblem(file.toString(), r.getMessage()));
            return;
        } catch (ZipException | EOFException e) {
            sink.problem(new InputProblem(file.toString(), "not a valid gzip file (corrupt or truncated)"));
            return;
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + describe(e)));
            return;
        }
        if (html.length == 0) {
            sink.problem(new InputProblem(file.toString(), "empty file (no HTML)"));
            return;
        }
        try {
            sink.article(HtmlPage.read(html, html.length, null, id, null, null, file.toString()));
        } catch (Refused r) {
            sink.problem(new InputProblem(file.toString(), r.getMessage()));
        }
    }

    private String readText(Path file, ArticleSink sink) {
        try {
            long size = Files.size(file);
            if (size > MAX_ARTICLE_BYTES) {
                sink.problem(new InputProblem(file.toString(), tooLarge(size)));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (looksBinary(bytes, bytes.length)) {
                sink.problem(new InputProblem(file.toString(), "binary data, not a text article"));
                return null;
            }
            return decode(bytes);
        } catch (CharacterCodingException e) {
            sink.problem(new InputProblem(file.toString(), "not valid UTF-8 text (save it as UTF-8)"));
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + describe(e)));
        }
        return null;
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "article too large: %,d bytes; the limit is %,d bytes", size, MAX_ARTICLE_BYTES);
    }

    /** NUL bytes, or many control characters, mean this is not text in any encoding an article would use. */
    static boolean looksBinary(byte[] bytes, int length) {
        int n = Math.min(length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') control++;
        }
        return n > 0 && control * 20 > n;
    }

    /** Why a decoded text cannot be an article, or null when it can. */
    static String refuseText(String text) {
        if (text.isBlank()) return "empty article (no text)";
        if (text.indexOf('\u0000') >= 0) return "binary data, not a text article";
        if (hasUnpairedSurrogate(text)) return "text is not valid Unicode (an unpaired surrogate)";
        if (looksLikeHtml(text)) {
            return "looks like HTML, not plain text; save a web page as .html to have its article text extracted";
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        String head = text.length() > SNIFF_BYTES ? text.substring(0, SNIFF_BYTES) : text;
        if (HTML_START.matcher(head).find()) return true;
        Matcher m = HTML_TAG.matcher(text);
        int tags = 0;
        while (tags < HTML_TAGS_TO_REFUSE && m.find()) tags++;
        return tags >= HTML_TAGS_TO_REFUSE;
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return true;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** Strict UTF-8: a Latin-1 file is reported, not silently turned into replacement characters. */
    static String decode(byte[] bytes) throws CharacterCodingException {
        return decode(bytes, bytes.length);
    }

    private static String decode(byte[] bytes, int length) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s = d.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private void readJsonLines(Path file, ArticleSink sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            byte[] head = head(file);
            if (looksBinary(head, head.length)) {
                sink.problem(new InputProblem(file.toString(), "binary data, not JSON Lines"));
                return;
            }
            LineReader lines = new LineReader(in, MAX_JSON_LINE_BYTES);
            int n = 0;
            int articles = 0;
            boolean anyContent = false;
            while (lines.next()) {
                n++;
                String origin = file + ":" + n;
                if (lines.tooLong()) {
                    anyContent = true;
                    sink.problem(new InputProblem(origin, String.format(Locale.ROOT,
                            "line too long: over %,d bytes; an article's text may have at most %,d bytes",
                            MAX_JSON_LINE_BYTES, MAX_ARTICLE_BYTES)));
                    continue;
                }
                String line;
                try {
                    line = decode(lines.bytes(), lines.length());
                } catch (CharacterCodingException e) {
                    anyContent = true;
                    sink.problem(new InputProblem(origin, "not valid UTF-8 text (save it as UTF-8)"));
                    continue;
                }
                if (line.isBlank()) continue;
                anyContent = true;
                Article article;
                try {
                    article = jsonLine(line, origin);
                } catch (IllegalArgumentException e) {
                    sink.problem(new InputProblem(origin, e.getMessage()));
                    continue;
                }
                articles++;
                sink.article(article);
            }
            if (!anyContent && articles == 0) {
                sink.problem(new InputProblem(file.toString(), "empty file (no JSON lines)"));
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + describe(e)));
        }
    }

    /**
     * One line of JSON Lines, decoded, as the {@code .jsonl} reader takes it, for readers of the same records
     * elsewhere (the Spark job reads JSON Lines and Parquet rows through it, so both refuse what {@code convert}
     * refuses). Throws an IllegalArgumentException whose message is the one-line reason.
     */
    public static Article jsonLine(String line, String origin) {
        JsonValue value;
        try {
            value = JSON.parseAny(line);
        } catch (RuntimeException e) {
            // The JSON parser's own messages speak of its tokens; say what the user can act on.
            throw new IllegalArgumentException("malformed JSON line: not a complete JSON object");
        }
        Article article;
        try {
            article = fromJson(value, origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed JSON line: " + oneLine(e.getMessage()));
        }
        long bytes = article.text().getBytes(StandardCharsets.UTF_8).length;
        String refusal = bytes > MAX_ARTICLE_BYTES ? tooLarge(bytes) : refuseText(article.text());
        if (refusal == null && hasUnpairedSurrogate(article.id())) refusal = "\"id\" is not valid Unicode";
        if (refusal != null) throw new IllegalArgumentException(refusal);
        return article;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /**
     * Splits a stream into lines of bytes without ever holding more than {@code max} bytes of one line: the rest of
     * a longer line is read and dropped, and the line is marked too long.
     */
    private static final class LineReader {
        private final InputStream in;
        private final int max;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private boolean tooLong;

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        boolean next() throws IOException {
            buf.reset();
            tooLong = false;
            int b;
            boolean any = false;
            while ((b = in.read()) >= 0) {
                any = true;
                if (b == '\n') break;
                if (buf.size() < max) buf.write(b);
                else tooLong = true;
            }
            return any;
        }

        boolean tooLong() {
            return tooLong;
        }

        byte[] bytes() {
            return buf.toByteArray();
        }

        int length() {
            return buf.size();
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
