package org.actorgraph.article;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a news page says about itself: headline, publication date, address and publisher. Sources are tried from the
 * most deliberate to the least: schema.org article JSON-LD, then Open Graph and other {@code <meta>} tags, then
 * {@code <time>} elements, the canonical link and the page title. The first value found for each field wins.
 *
 * @param body the article body the page's JSON-LD states, or null; used to check the extracted text, never as is
 */
record PageMetadata(String title, LocalDate date, String url, String publisher, String body) {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "report", "webpage", "scholarlyarticle", "techarticle");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})\\b");
    /** JSON-LD blocks larger than this are not parsed: no article's metadata needs it. */
    private static final int MAX_JSON_LD = 2_000_000;

    static PageMetadata of(Document page) {
        Builder b = new Builder();
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD) continue;
            try {
                fromJsonLd(JSON.parseAny(json), b);
            } catch (RuntimeException e) {
                // A broken JSON-LD block is common on the web; the other sources still count.
            }
        }
        b.title(meta(page, "og:title", "twitter:title", "dc.title", "headline"));
        b.date(meta(page, "article:published_time", "og:article:published_time", "datepublished", "pubdate",
                "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                "parsely-pub-date", "article.published", "published_time", "cxenseparse:recs:publishtime"));
        for (Element time : page.select("time[datetime], [itemprop=datePublished]")) {
            b.date(time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
        }
        b.url(meta(page, "og:url", "twitter:url"));
        b.url(page.select("link[rel=canonical]").attr("href"));
        b.publisher(meta(page, "og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"));
        Element title = page.selectFirst("title");
        if (title != null) b.title(title.text());
        return b.build();
    }

    private static String meta(Document page, String... names) {
        for (String name : names) {
            for (Element m : page.select("meta")) {
                String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
                if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) return m.attr("content");
            }
        }
        return null;
    }

    /** Walks JSON-LD (objects, arrays, {@code @graph}) without recursion and reads the article objects in it. */
    private static void fromJsonLd(JsonValue root, Builder b) {
        Deque<JsonValue> todo = new ArrayDeque<>();
        todo.push(root);
        int budget = 10_000;
        while (!todo.isEmpty() && budget-- > 0) {
            JsonValue v = todo.pop();
            if (v.isArray()) {
                JsonArray a = v.getAsArray();
                for (int i = a.size() - 1; i >= 0; i--) todo.push(a.get(i));
            } else if (v.isObject()) {
                JsonObject o = v.getAsObject();
                if (isArticle(o)) readArticle(o, b);
                if (o.hasKey("@graph")) todo.push(o.get("@graph"));
                if (o.hasKey("mainEntity")) todo.push(o.get("mainEntity"));
            }
        }
    }

    private static boolean isArticle(JsonObject o) {
        if (!o.hasKey("@type")) return false;
        JsonValue t = o.get("@type");
        if (t.isString()) return ARTICLE_TYPES.contains(t.getAsString().value().toLowerCase(Locale.ROOT));
        if (t.isArray()) {
            for (JsonValue x : t.getAsArray()) {
                if (x.isString() && ARTICLE_TYPES.contains(x.getAsString().value().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static void readArticle(JsonObject o, Builder b) {
        boolean webPage = "webpage".equalsIgnoreCase(string(o.get("@type")));
        if (!webPage) b.title(string(o.get("headline")));
        b.title(string(o.get("name")));
        b.date(string(o.get("datePublished")));
        b.date(string(o.get("dateCreated")));
        b.url(string(o.get("url")));
        JsonValue mep = o.get("mainEntityOfPage");
        b.url(mep != null && mep.isObject() ? string(mep.getAsObject().get("@id")) : string(mep));
        JsonValue pub = o.get("publisher");
        if (pub != null && pub.isArray() && pub.getAsArray().size() > 0) pub = pub.getAsArray().get(0);
        b.publisher(pub != null && pub.isObject() ? string(pub.getAsObject().get("name")) : string(pub));
        if (!webPage) b.body(string(o.get("articleBody")));
    }

    private static String string(JsonValue v) {
        if (v == null) return null;
        if (v.isString()) return v.getAsString().value();
        if (v.isArray() && v.getAsArray().size() > 0) return string(v.getAsArray().get(0));
        return null;
    }

    /** A calendar date at the start of a date or date-time value, in the usual web spellings; null if none. */
    static LocalDate parseDate(String s) {
        if (s == null) return null;
        String v = s.strip();
        Matcher m = ISO_DATE.matcher(v);
        try {
            if (m.find() && m.start() <= 2) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            Matcher c = COMPACT_DATE.matcher(v);
            if (c.find()) return LocalDate.of(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static final class Builder {
        private String title;
        private LocalDate date;
        private String url;
        private String publisher;
        private String body;

        void title(String v) {
            if (title == null && v != null && !v.isBlank()) title = clean(v);
        }

        void date(String v) {
            if (date == null) date = parseDate(v);
        }

        void url(String v) {
            if (url == null && v != null && v.strip().matches("(?i)https?://\\S+")) url = v.strip();
        }

        void publisher(String v) {
            if (publisher == null && v != null && !v.isBlank()) publisher = clean(v);
        }

        void body(String v) {
            if (body == null && v != null && !v.isBlank()) body = v;
        }

        PageMetadata build() {
            return new PageMetadata(title, date, url, publisher, body);
        }

        private static String clean(String v) {
            String s = v.replaceAll("[\\s\\u00a0]+", " ").strip();
            return s.length() > 1000 ? s.substring(0, 1000) : s;
        }
    }
}
