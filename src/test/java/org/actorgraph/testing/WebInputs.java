package org.actorgraph.testing;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.HttpRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Web pages, web archive records and feeds as users have them, written by the tests themselves. */
public final class WebInputs {
    private WebInputs() {
    }

    /** A page whose article says {@code sentences}, framed by a menu, a cookie banner, captions, links and comments. */
    public static String newsPage(String headline, String date, String url, String... sentences) {
        StringBuilder body = new StringBuilder();
        for (String s : sentences) body.append("      <p>").append(s).append("</p>\n");
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>%1$s | The Daily Ledger</title>
                <meta property="og:title" content="%1$s">
                <meta property="og:site_name" content="The Daily Ledger">
                <meta property="og:url" content="%3$s">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "%1$s",
                 "datePublished": "%2$sT09:30:00+01:00", "url": "%3$s",
                 "publisher": {"@type": "Organization", "name": "The Daily Ledger"}}
                </script>
                <script>window.analytics = {track: function () {}};</script>
                <style>.menu { display: flex }</style>
                </head><body>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies or manage settings.</div>
                <header class="site-header"><nav class="menu"><ul>
                  <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                  <li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
                <main>
                  <article class="story">
                    <h1>%1$s</h1>
                    <div class="byline">By Jane Reporter, political correspondent</div>
                    <figure><img src="/summit.jpg"><figcaption>Leaders arrive at the summit venue on Monday morning.</figcaption></figure>
                    <div class="story-body">
                %4$s    </div>
                    <div class="share-tools"><a href="/share/fb">Share on Facebook</a> <a href="/share/x">Share on X</a></div>
                  </article>
                  <aside class="related"><h2>Related stories</h2><ul>
                    <li><a href="/a">Markets slide as talks stall in the capital</a></li>
                    <li><a href="/b">Opposition leader calls for early elections next year</a></li></ul></aside>
                  <section id="comments" class="comments"><h2>Comments</h2>
                    <div class="comment"><p>This is the worst summit I have ever seen, and I have seen many of them over the years.</p></div>
                  </section>
                </main>
                <footer class="site-footer"><p>Copyright 2024 The Daily Ledger. All rights reserved. Terms of use, privacy policy.</p></footer>
                </body></html>
                """.formatted(headline, date, url, body);
    }

    /** One WARC response record, gzipped as a member of its own (as CC-NEWS writes them) or plain. */
    public static byte[] response(String uri, String contentType, byte[] body, Instant date, boolean gzip) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Type", contentType)
                    .body(MediaType.parse(contentType), body)
                    .build();
            return record(new WarcResponse.Builder(uri).date(date).body(http).build(), gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WARC request record a crawler writes before each response. */
    public static byte[] request(String uri, Instant date, boolean gzip) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", uri).addHeader("User-Agent", "test").build();
            return record(new WarcRequest.Builder(uri).date(date).body(http).build(), gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] record(WarcRecord record, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        writer.write(record);
        writer.close();
        return out.toByteArray();
    }

    /** The first {@code fraction} of a record: what a crawler leaves when it is killed while writing. */
    public static byte[] truncated(byte[] record, double fraction) {
        return Arrays.copyOf(record, (int) (record.length * fraction));
    }

    /** A gzip member holding a record whose header is not WARC. */
    public static byte[] garbledRecord() {
        return gzip("WARC/1.1\r\nWARC-Type: response\r\nthis line is not a header field\r\nContent-Length: x\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** An RSS 2.0 feed: one item with its full text in content:encoded, one with only a description. */
    public static String rss(String fullItemText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel>
                  <title>The Daily Ledger: World</title>
                  <link>https://ledger.example/world</link>
                  <description>World news</description>
                  <item>
                    <title>Rutte in Vilnius</title>
                    <link>https://ledger.example/world/rutte-vilnius</link>
                    <guid isPermaLink="false">ledger-2024-0412</guid>
                    <pubDate>Fri, 12 Apr 2024 08:00:00 GMT</pubDate>
                    <description>The secretary general visited the Baltic states.</description>
                    <content:encoded><![CDATA[<p>%s</p><figure><figcaption>Photo: the Ledger</figcaption></figure>]]></content:encoded>
                  </item>
                  <item>
                    <title>Markets today</title>
                    <link>https://ledger.example/markets/today</link>
                    <description>Shares fell on Friday. Read the full story on our site.</description>
                  </item>
                </channel>
                </rss>
                """.formatted(fullItemText);
    }

    /** An Atom feed: one entry with HTML content, one with only a summary. */
    public static String atom(String fullEntryText) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Ledger Politics</title>
                  <id>tag:ledger.example,2024:politics</id>
                  <updated>2024-04-13T10:00:00Z</updated>
                  <entry>
                    <title>Kallas on sanctions</title>
                    <id>tag:ledger.example,2024:kallas-sanctions</id>
                    <link href="https://ledger.example/politics/kallas-sanctions"/>
                    <published>2024-04-13T09:00:00Z</published>
                    <updated>2024-04-13T10:00:00Z</updated>
                    <summary>Kallas spoke on Saturday.</summary>
                    <content type="html">&lt;p&gt;%s&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>Weather</title>
                    <id>tag:ledger.example,2024:weather</id>
                    <link href="https://ledger.example/weather"/>
                    <updated>2024-04-13T10:00:00Z</updated>
                    <summary>Rain later.</summary>
                  </entry>
                </feed>
                """.formatted(fullEntryText);
    }
}
