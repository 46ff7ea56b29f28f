package org.actorgraph.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a stream into memory up to a limit, so that a huge or endlessly decompressing input costs bounded memory. */
final class Bounded {
    private Bounded() {
    }

    /**
     * All of {@code in}, or a refusal once more than {@code max} bytes have come out of it; at most {@code max + 1}
     * bytes are ever held.
     *
     * @param what how to name the input in the refusal, such as "page" or "feed"
     */
    static byte[] read(InputStream in, int max, String what) throws IOException, Refused {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, 1 << 16));
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf, 0, Math.min(buf.length, max + 1 - out.size()))) > 0) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                throw new Refused(String.format(Locale.ROOT, "%s too large: over %,d bytes (after decompression)", what, max));
            }
        }
        return out.toByteArray();
    }
}
