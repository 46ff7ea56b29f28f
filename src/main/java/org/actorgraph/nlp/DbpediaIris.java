package org.actorgraph.nlp;

/** DBpedia resource IRIs for English Wikipedia page titles. */
public final class DbpediaIris {
    public static final String RESOURCE = "http://dbpedia.org/resource/";

    private DbpediaIris() {}

    /**
     * The resource IRI of a page title, written as DBpedia writes it: spaces become underscores; letters in any
     * script, commas, parentheses, apostrophes and the like stay as they are; only what an IRI cannot hold, or would
     * read as a query or fragment, is percent-encoded ("Who_Framed_Roger_Rabbit?" gives "…Roger_Rabbit%3F").
     */
    public static String of(String title) {
        String t = title.strip().replace(' ', '_');
        if (t.isEmpty()) throw new IllegalArgumentException("empty title");
        StringBuilder sb = new StringBuilder(RESOURCE.length() + t.length() + 8).append(RESOURCE);
        t.codePoints().forEach(c -> {
            if (c <= 0x20 || c == 0x7F || "\"<>\\^`{|}%?#".indexOf(c) >= 0) {
                byte[] utf8 = new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (byte b : utf8) sb.append('%').append(String.format("%02X", b & 0xFF));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
