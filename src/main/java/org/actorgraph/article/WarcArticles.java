package org.actorgraph.article;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a web archive ({@code .warc} or {@code .warc.gz}, WARC 1.0 or 1.1) as a stream, one record at a time: each
 * successful HTML response becomes an article, identified by its target URI and dated by the page or else by the
 * capture. Other records are counted and skipped. A corrupt or truncated record is reported with the file and its
 * byte offset, and reading resumes at the next record that parses, so the rest of the archive still converts. Only
 * one page is held in memory at a time, so an archive of any size reads in flat memory.
 */
final class WarcArticles {
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_CHUNK = 1 << 16;
    private static final int MAX_HTTP_HEADER_BYTES = 1 << 20;

    private final Path file;
    private final ArticleSink sink;
    private final Map<String, Integer> skipped = new TreeMap<>();
    // Target URIs already read from this archive: a page captured twice is one article.
    private final Set<String> seenTargets = new HashSet<>();
    private int articles;
    private int corrupt;

    private WarcArticles(Path file, ArticleSink sink) {
        this.file = file;
        this.sink = sink;
    }

    static void read(Path file, ArticleSink sink) {
        new WarcArticles(file, sink).readAll();
    }

    private void readAll() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                sink.problem(new InputProblem(file.toString(), "empty file (no WARC records)"));
                return;
            }
            boolean gzip = isGzip(channel);
            long start = 0;
            while (start >= 0 && start < size) {
                long failedAt = readFrom(channel, start);
                if (failedAt < 0) break;
                start = nextRecordStart(channel, Math.max(failedAt, start) + 1, gzip);
            }
        } catch (IOException e) {
            sink.problem(new InputProblem(file.toString(), "cannot read: " + oneLine(e)));
            return;
        }
        if (articles == 0 && corrupt == 0 && skipped.isEmpty()) {
            sink.problem(new InputProblem(file.toString(), "not a web archive: no WARC records found"));
            return;
        }
        sink.skipped(file.toString(), summary());
    }

    /**
     * Reads records from {@code start} to the end of the file; returns -1 at the end, or the offset of a record that
     * could not be read, after reporting it.
     */
    private long readFrom(FileChannel channel, long start) throws IOException {
        channel.position(start);
        long offset = start;
        WarcReader reader;
        try {
            reader = new WarcReader(new UnclosableChannel(channel));
        } catch (IOException | RuntimeException e) {
            return corrupt(offset, e);
        }
        while (true) {
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) return -1;
                WarcRecord record = next.get();
                // The reader counts from where it was started; the report names the byte in the file.
                offset = start + reader.position();
                handle(record, offset);
                // Read to the end of the record here, so that a truncated body is charged to this record.
                record.body().consume();
            } catch (IOException | RuntimeException e) {
                // A record that fails to parse is the one the reader has moved on to.
                return corrupt(start + reader.position(), e);
            }
        }
    }

    private long corrupt(long offset, Exception e) {
        corrupt++;
        sink.problem(new InputProblem(origin(offset), "corrupt or truncated WARC record ("
                + oneLine(e) + "); skipped, reading goes on at the next record"));
        return offset;
    }

    private void handle(WarcRecord record, long offset) throws IOException {
        if (!(record instanceof WarcResponse response)) {
            count(record.type() + " records");
            return;
        }
        // The record is read into memory, bounded, before the HTTP message is parsed: parsing straight from a
        // truncated compressed record can wait for bytes that never come.
        byte[] block;
        try (InputStream in = record.body().stream()) {
            block = Bounded.read(in, HtmlPage.MAX_PAGE_BYTES + MAX_HTTP_HEADER_BYTES, "record");
        } catch (Refused r) {
            sink.problem(new InputProblem(origin(offset), r.getMessage() + " (" + shorten(response.target()) + ")"));
            return;
        }
        if (block.length < record.body().size()) throw new java.io.EOFException("record ends before its stated length");
        HttpResponse http;
        try {
            http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
        } catch (IOException e) {
            count("responses that are not HTTP");
            return;
        }
        MediaType type = http.contentType().base();
        String subtype = type.type() + "/" + type.subtype();
        if (!subtype.equals("text/html") && !subtype.equals("application/xhtml+xml")) {
            count("non-HTML responses");
            return;
        }
        if (http.status() < 200 || http.status() > 299) {
            count("HTML responses with status other than 2xx");
            return;
        }
        String target = response.target();
        if (!seenTargets.add(target)) {
            count("repeated captures of a page");
            return;
        }
        String origin = origin(offset);
        try (InputStream body = http.bodyDecoded().stream()) {
            byte[] html = Bounded.read(body, HtmlPage.MAX_PAGE_BYTES, "page");
            LocalDate captured = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
            String contentType = http.headers().first("Content-Type").orElse(null);
            Article article = HtmlPage.read(html, html.length, contentType, target, target, captured, origin);
            articles++;
            sink.article(article);
        } catch (Refused r) {
            sink.problem(new InputProblem(origin, r.getMessage() + " (" + shorten(target) + ")"));
        }
    }

    private void count(String kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    private String origin(long offset) {
        return file + " (record at byte " + offset + ")";
    }

    private String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(articles).append(" HTML page(s) read as articles");
        if (!skipped.isEmpty()) {
            sb.append("; skipped ");
            int i = 0;
            for (Map.Entry<String, Integer> e : skipped.entrySet()) {
                if (i++ > 0) sb.append(", ");
                sb.append(e.getValue()).append(' ').append(e.getKey());
            }
        }
        if (corrupt > 0) sb.append("; ").append(corrupt).append(" corrupt record(s)");
        return sb.toString();
    }

    private static boolean isGzip(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(2);
        channel.read(head, 0);
        return head.position() == 2 && (head.get(0) & 0xff) == 0x1f && (head.get(1) & 0xff) == 0x8b;
    }

    /**
     * The next place at or after {@code from} where a record may start: a gzip member header in a compressed
     * archive, a {@code WARC/1.} line in a plain one; -1 when there is none. A false start is found out when it
     * fails to parse, and the scan goes on past it.
     */
    private static long nextRecordStart(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(SCAN_CHUNK + magic.length);
        long pos = from;
        long size = channel.size();
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) return -1;
            byte[] a = buf.array();
            for (int i = 0; i + magic.length <= n; i++) {
                if (matches(a, i, magic) && (gzip || pos + i == 0 || (i > 0 ? a[i - 1] == '\n' : true))) return pos + i;
            }
            if (n < magic.length) return -1;
            pos += n - magic.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) if (a[at + j] != magic[j]) return false;
        return true;
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e instanceof java.io.EOFException ? "unexpected end of file" : "unreadable data";
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "..." : m;
    }

    /** Lets each reader after a resync share the one file channel without closing it. */
    private record UnclosableChannel(FileChannel channel) implements java.nio.channels.ReadableByteChannel {
        @Override
        public int read(ByteBuffer dst) throws IOException {
            return channel.read(dst);
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() {
            // The channel belongs to WarcArticles.
        }
    }
}
