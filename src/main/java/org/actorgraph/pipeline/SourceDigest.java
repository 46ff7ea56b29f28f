package org.actorgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.actorgraph.article.Article;

/**
 * SHA-256 over everything an article graph is made from: the article's fields, the IRI base and the confidence
 * threshold (and whether linking is on). A change to any of them makes the article convert again; the store keeps
 * the digest beside the graph as {@code ag:sourceDigest}.
 */
final class SourceDigest {
    private SourceDigest() {}

    static String of(Article a, ConversionOptions options) {
        StringBuilder sb = new StringBuilder("actorgraph-source-1");
        for (Object field : new Object[] {a.id(), a.text(), a.title(), a.date(), a.url(), a.publisher(),
                options.iris().base(), options.minConfidence()}) {
            String v = field == null ? "" : field.toString();
            // Length-prefixed, so no two different field lists give the same string.
            sb.append('\n').append(v.length()).append(':').append(v);
        }
        // Linked and unlinked graphs differ, so switching linking on converts again; off matches earlier digests.
        if (options.link()) sb.append("\nlink:dbpedia-1");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
