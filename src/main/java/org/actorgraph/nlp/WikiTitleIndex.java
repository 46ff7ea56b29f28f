package org.actorgraph.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * English Wikipedia titles by the names that link to them, from CoreNLP's WikiDict ({@code surface TAB title TAB
 * score}, the score being the share of the surface's links that go to the title).
 *
 * <p>CoreNLP's own annotator holds all 21 million lines on the heap (about 2.5 GB, half a minute to load). ActorGraph
 * only ever asks about names, so the dictionary is read once into a compact file that keeps, for each surface that
 * could be a name, its best title; lookups then search that file through a memory map and cost next to no heap.
 * Kept are surfaces that start with an upper-case letter, have at most {@value #MAX_WORDS} words, are not web
 * addresses or citation text, and score at least {@value #MIN_KEPT_SCORE} (callers apply their own, higher threshold).
 *
 * <p>File layout: a header (magic, bucket count, record count), the first record of each hash bucket, the offset of
 * each record, then the records (surface, title, score). Within a bucket records are sorted by the surface's UTF-8
 * bytes, so a lookup hashes the name and binary-searches one bucket.
 */
public final class WikiTitleIndex implements AutoCloseable {
    /** Where the dictionary sits inside the {@code models-english-kbp} jar. */
    public static final String WIKIDICT_RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    static final int MAX_WORDS = 6;
    static final double MIN_KEPT_SCORE = 0.3;
    private static final long MAGIC = 0x4147_5749_4b49_0002L; // "AGWIKI", format 2
    private static final int BUCKETS = 1 << 12;
    private static final int SPILL_FILES = 64;
    /** Title length that stands for "the surface with underscores for spaces", true of half the dictionary. */
    private static final int SAME_AS_SURFACE = 0xFFFF;
    private static final int BUCKETS_PER_SPILL = BUCKETS / SPILL_FILES;

    /** A title and the share of the name's links that go to it. */
    public record Hit(String title, double score) {}

    private final FileChannel channel;
    private final MappedByteBuffer map;
    private final int buckets;
    private final int records;
    private final long bucketTable;
    private final long offsetTable;
    private final long dataStart;

    private WikiTitleIndex(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        if (channel.size() > Integer.MAX_VALUE) throw new IOException(file + " is too large for this index format");
        map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        if (map.getLong(0) != MAGIC) throw new IOException(file + " is not a title index of this version");
        buckets = map.getInt(8);
        records = map.getInt(12);
        bucketTable = 16;
        offsetTable = bucketTable + 4L * (buckets + 1);
        dataStart = offsetTable + 4L * records;
    }

    /** Opens an index file written by {@link #build}. */
    public static WikiTitleIndex open(Path file) {
        try {
            return new WikiTitleIndex(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open title index " + file, e);
        }
    }

    public int size() {
        return records;
    }

    /** The best title for this exact name (case matters), or null. */
    public Hit lookup(String name) {
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        int b = bucketOf(key, buckets);
        int lo = map.getInt((int) (bucketTable + 4L * b));
        int hi = map.getInt((int) (bucketTable + 4L * (b + 1))) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = (int) (dataStart + map.getInt((int) (offsetTable + 4L * mid)));
            int c = compareSurface(at, key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return readHit(at);
        }
        return null;
    }

    private int compareSurface(int at, byte[] key) {
        int len = Short.toUnsignedInt(map.getShort(at));
        int n = Math.min(len, key.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(Byte.toUnsignedInt(map.get(at + 2 + i)), Byte.toUnsignedInt(key[i]));
            if (c != 0) return c;
        }
        return Integer.compare(len, key.length);
    }

    private Hit readHit(int at) {
        int surfaceLen = Short.toUnsignedInt(map.getShort(at));
        int pos = at + 2 + surfaceLen;
        int titleLen = Short.toUnsignedInt(map.getShort(pos));
        if (titleLen == SAME_AS_SURFACE) {
            byte[] surface = new byte[surfaceLen];
            map.get(at + 2, surface);
            return new Hit(new String(surface, StandardCharsets.UTF_8).replace(' ', '_'), map.getFloat(pos + 2));
        }
        byte[] title = new byte[titleLen];
        map.get(pos + 2, title);
        float score = map.getFloat(pos + 2 + titleLen);
        return new Hit(new String(title, StandardCharsets.UTF_8), score);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }

    private static int bucketOf(byte[] key, int buckets) {
        return Math.floorMod(Arrays.hashCode(key), buckets);
    }

    /** True when a dictionary surface could be the name of a person, place or organisation. */
    static boolean keep(String surface, double score) {
        if (score < MIN_KEPT_SCORE || surface.isEmpty() || surface.length() > 200) return false;
        if (!Character.isUpperCase(surface.codePointAt(0))) return false;
        if (surface.split(" ", -1).length > MAX_WORDS) return false;
        String lower = surface.toLowerCase(java.util.Locale.ROOT);
        return !lower.contains("wikipedia") && !lower.contains("http") && !lower.contains("www.") && surface.indexOf('\t') < 0;
    }

    /**
     * Reads a WikiDict stream (gzip-compressed) and writes the index to {@code target}, through a temporary file in
     * the same directory renamed into place, so that a reader never sees half a file and two processes building at
     * once do no harm. Memory stays small: lines are first spilled by hash into temporary files, and each is then
     * reduced and sorted on its own.
     */
    public static void build(InputStream gzipped, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path work = Files.createTempDirectory(dir, ".wikidict-build-");
        try {
            spill(gzipped, work);
            CacheFiles.writeAtomically(target, tmp -> writeIndex(work, tmp));
        } finally {
            try (var files = Files.list(work)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(work);
        }
    }

    private static void spill(InputStream gzipped, Path work) throws IOException {
        DataOutputStream[] outs = new DataOutputStream[SPILL_FILES];
        try {
            for (int i = 0; i < SPILL_FILES; i++) {
                outs[i] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(work.resolve("spill-" + i)), 1 << 16));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = r.readLine()) != null) {
                int t1 = line.indexOf('\t');
                int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
                if (t2 < 0) continue;
                double score;
                try {
                    score = Double.parseDouble(line.substring(t2 + 1).trim());
                } catch (NumberFormatException e) {
                    continue;
                }
                String surface = line.substring(0, t1);
                String title = line.substring(t1 + 1, t2);
                if (title.isEmpty() || !keep(surface, score)) continue;
                byte[] s = surface.getBytes(StandardCharsets.UTF_8);
                byte[] t = title.getBytes(StandardCharsets.UTF_8);
                if (s.length >= SAME_AS_SURFACE || t.length >= SAME_AS_SURFACE) continue;
                int bucket = bucketOf(s, BUCKETS);
                DataOutputStream out = outs[bucket / BUCKETS_PER_SPILL];
                out.writeShort(bucket);
                writeBytes(out, s);
                writeBytes(out, t);
                out.writeFloat((float) score);
            }
        } finally {
            for (DataOutputStream o : outs) if (o != null) o.close();
        }
    }

    private record Entry(byte[] surface, byte[] title, float score) {}

    /**
     * Reduces each spill file to the best title per surface and writes its buckets, which are consecutive, in order;
     * only one spill file's entries are in memory at a time.
     */
    private static void writeIndex(Path work, Path target) throws IOException {
        Path data = work.resolve("data");
        int[] bucketStart = new int[BUCKETS + 1];
        int[] offsets = new int[1 << 20];
        int count = 0;
        long written = 0;
        try (DataOutputStream dout = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(data), 1 << 16))) {
            for (int spill = 0; spill < SPILL_FILES; spill++) {
                Map<Integer, Map<ByteBuffer, Entry>> best = new HashMap<>();
                Path file = work.resolve("spill-" + spill);
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                    while (true) {
                        int bucket;
                        try {
                            bucket = in.readUnsignedShort();
                        } catch (EOFException end) {
                            break;
                        }
                        Entry e = new Entry(readBytes(in), readBytes(in), in.readFloat());
                        best.computeIfAbsent(bucket, k -> new HashMap<>())
                                .merge(ByteBuffer.wrap(e.surface()), e, (a, b) -> b.score() > a.score() ? b : a);
                    }
                }
                Files.delete(file);
                for (int bucket = spill * BUCKETS_PER_SPILL; bucket < (spill + 1) * BUCKETS_PER_SPILL; bucket++) {
                    bucketStart[bucket] = count;
                    Map<ByteBuffer, Entry> m = best.remove(bucket);
                    if (m == null) continue;
                    List<Entry> list = new ArrayList<>(m.values());
                    list.sort((a, b) -> Arrays.compareUnsigned(a.surface(), b.surface()));
                    for (Entry e : list) {
                        if (count == offsets.length) offsets = Arrays.copyOf(offsets, count * 2);
                        offsets[count++] = (int) written;
                        writeBytes(dout, e.surface());
                        boolean same = Arrays.equals(e.title(), underscored(e.surface()));
                        if (same) dout.writeShort(SAME_AS_SURFACE);
                        else writeBytes(dout, e.title());
                        dout.writeFloat(e.score());
                        written += 2 + e.surface().length + 2 + (same ? 0 : e.title().length) + 4;
                        if (written > Integer.MAX_VALUE / 2) throw new IOException("title index would exceed its format's size");
                    }
                }
            }
            bucketStart[BUCKETS] = count;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16))) {
            out.writeLong(MAGIC);
            out.writeInt(BUCKETS);
            out.writeInt(count);
            for (int s : bucketStart) out.writeInt(s);
            for (int i = 0; i < count; i++) out.writeInt(offsets[i]);
            Files.copy(data, out);
        }
    }

    private static byte[] underscored(byte[] surface) {
        byte[] b = surface.clone();
        for (int i = 0; i < b.length; i++) if (b[i] == ' ') b[i] = '_';
        return b;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeShort(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readUnsignedShort()];
        in.readFully(b);
        return b;
    }
}
