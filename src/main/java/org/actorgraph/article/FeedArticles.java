package org.actorgraph.article;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Reads an RSS 2.0 or Atom feed with ROME. An item that carries its full text ({@code content:encoded} in RSS,
 * {@code <content>} in Atom) becomes an article: id from its guid or Atom id (else its link), with its title, date,
 * link and the feed's title as publisher. An item with only a summary ({@code <description>}, {@code <summary>}) is
 * counted and named in one line, not converted: a teaser read as the article would state positions nobody took.
 * Document type declarations are refused by the parser, so entity expansion cannot blow up memory.
 */
final class FeedArticles {
    /** Largest feed accepted; the parser holds the whole feed as a tree, about ten times its size. */
    static final int MAX_FEED_BYTES = 16 << 20;

    private FeedArticles() {
    }

    static void read(Path file, ArticleSink sink) {
        byte[] xml;
        try (InputStream in = Files.newInputStream(file)) {
            xml = Bounded.read(in, MAX_FEED_BYTES, "feed");
        } catch (Refused r) {
            sink.problem(new InputProblem(file.toString(), r.getMessage()));
            return;
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            sink.problem(new InputProblem(file.toString(), "not a readable RSS or Atom feed: " + reason(e)));
            return;
        }
        String publisher = blankToNull(feed.getTitle());
        int n = 0;
        int articles = 0;
        int summaries = 0;
        String firstSummary = null;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String origin = file + " (item " + n + ")";
            String text = fullText(entry);
            if (text == null) {
                summaries++;
                if (firstSummary == null) firstSummary = describe(entry, n);
                continue;
            }
            String id = firstNonBlank(entry.getUri(), entry.getLink(), fileId(file) + "-" + n);
            if (text.getBytes(StandardCharsets.UTF_8).length > ArticleReader.MAX_ARTICLE_BYTES) {
                sink.problem(new InputProblem(origin, String.format(Locale.ROOT,
                        "article text too large: over %,d bytes", ArticleReader.MAX_ARTICLE_BYTES)));
                continue;
            }
            Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate date = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            articles++;
            sink.article(new Article(id, text, blankToNull(entry.getTitle()), date, blankToNull(entry.getLink()),
                    publisher, origin));
        }
        if (n == 0) {
            sink.problem(new InputProblem(file.toString(), "empty feed (no items)"));
            return;
        }
        String note = articles + " item(s) with full text read as articles";
        if (summaries > 0) {
            note += "; " + summaries + " item(s) carry only a summary and were not converted (first: " + firstSummary
                    + "); save their pages as .html to convert them";
        }
        sink.skipped(file.toString(), note);
    }

    /** The item's full text, or null when it has none beyond a summary. */
    private static String fullText(SyndEntry entry) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() == null || c.getValue().isBlank()) continue;
            String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
            String text = type.equals("text") || type.equals("text/plain")
                    ? c.getValue().strip()
                    : MainText.plain(Jsoup.parseBodyFragment(c.getValue()).body());
            if (text.isEmpty()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(text);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String describe(SyndEntry entry, int n) {
        String name = firstNonBlank(entry.getLink(), entry.getTitle(), "item " + n);
        return name.length() > 120 ? name.substring(0, 120) + "..." : name;
    }

    private static String fileId(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.replaceAll("\\s+", " ").strip();
    }

    private static String reason(Exception e) {
        String m = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        // The parser names its own position ("Invalid XML: Error on line 3: ..."); keep it on one line.
        m = m.replaceAll("\\s+", " ").strip();
        if (m.toLowerCase(Locale.ROOT).contains("doctype")) m = "it declares a document type (DOCTYPE), which is not read";
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
