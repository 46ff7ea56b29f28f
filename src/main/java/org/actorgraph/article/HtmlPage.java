package org.actorgraph.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One saved news page turned into an article: its bytes decoded in the encoding the page declares (or UTF-8, or
 * Windows-1252 when it is not UTF-8), parsed with jsoup, its main text extracted ({@link MainText}) and its
 * metadata read ({@link PageMetadata}). The extracted text is the article text: evidence offsets refer to it.
 */
public final class HtmlPage {
    /** Largest page accepted, in bytes of HTML after decompression; news pages with inline scripts reach 2–3 MB. */
    public static final int MAX_PAGE_BYTES = 16 << 20;
    /** Deepest element nesting accepted; real pages stay under a few hundred levels. */
    static final int MAX_DEPTH = 2_000;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([^\\s\"'/>;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\\s\"';]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 4096;

    private HtmlPage() {
    }

    /**
     * Reads one page.
     *
     * @param contentType an HTTP Content-Type that came with the page (from a web archive), or null
     * @param knownUrl    where the page was fetched from, used when the page does not name its own address
     * @param knownDate   when it was fetched, used when the page states no publication date
     */
    static Article read(byte[] html, int length, String contentType, String id, String knownUrl, LocalDate knownDate,
                        String origin) throws Refused {
        Document page = parse(html, length, contentType, knownUrl);
        PageMetadata meta = PageMetadata.of(page);
        String text = MainText.of(page);
        if (text.isBlank()) throw new Refused("no article text found in the page");
        if (text.getBytes(StandardCharsets.UTF_8).length > ArticleReader.MAX_ARTICLE_BYTES) {
            throw new Refused(String.format(Locale.ROOT, "article text too large: over %,d bytes", ArticleReader.MAX_ARTICLE_BYTES));
        }
        String url = meta.url() != null ? meta.url() : knownUrl;
        LocalDate date = meta.date() != null ? meta.date() : knownDate;
        return new Article(id, text, meta.title(), date, url, meta.publisher(), origin);
    }

    /** The main text alone, as the extraction benchmark scores it; a refused page is an IllegalArgumentException. */
    public static String mainText(byte[] html, String baseUri) {
        try {
            return MainText.of(parse(html, html.length, null, baseUri));
        } catch (Refused e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    static Document parse(byte[] html, int length, String contentType, String baseUri) throws Refused {
        if (length > MAX_PAGE_BYTES) {
            throw new Refused(String.format(Locale.ROOT, "page too large: over %,d bytes", MAX_PAGE_BYTES));
        }
        if (ArticleReader.looksBinary(html, length) && !startsWithUtf16Bom(html, length)) {
            throw new Refused("binary data, not an HTML page");
        }
        String source = decode(html, length, contentType);
        Document page = Jsoup.parse(source, baseUri == null ? "" : baseUri, Parser.htmlParser());
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            throw new Refused(String.format(Locale.ROOT, "elements nested over %,d deep (a broken or hostile page)", MAX_DEPTH));
        }
        return page;
    }

    private static int depth(Document page) {
        int max = 0;
        for (Element e : page.getAllElements()) {
            if (e.childrenSize() > 0) continue;
            int d = 0;
            for (Element p = e; p != null && d <= MAX_DEPTH; p = p.parent()) d++;
            max = Math.max(max, d);
            if (max > MAX_DEPTH) break;
        }
        return max;
    }

    private static boolean startsWithUtf16Bom(byte[] b, int n) {
        return n >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    /**
     * Decodes in the order browsers use: a byte order mark, the HTTP header, a {@code <meta>} declaration, then UTF-8
     * if the bytes are valid UTF-8 and Windows-1252 if not. A declared encoding Java does not know is refused rather
     * than guessed, and so is text where the declared encoding leaves many undecodable bytes.
     */
    static String decode(byte[] b, int n, String contentType) throws Refused {
        if (n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return decodeAs(b, 3, n - 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (n >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) return decodeAs(b, 2, n - 2, StandardCharsets.UTF_16BE, "UTF-16");
        if (n >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) return decodeAs(b, 2, n - 2, StandardCharsets.UTF_16LE, "UTF-16");
        String declared = null;
        if (contentType != null) {
            Matcher m = HEADER_CHARSET.matcher(contentType);
            if (m.find()) declared = m.group(1);
        }
        if (declared == null) {
            Matcher m = META_CHARSET.matcher(new String(b, 0, Math.min(n, SNIFF), StandardCharsets.ISO_8859_1));
            if (m.find()) declared = m.group(1);
        }
        if (declared != null) {
            Charset cs = charset(declared);
            // A page in UTF-16 cannot declare itself in ASCII-compatible bytes; such a declaration is a mistake.
            if (cs.name().startsWith("UTF-16")) cs = StandardCharsets.UTF_8;
            return decodeAs(b, 0, n, cs, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return decodeAs(b, 0, n, Charset.forName("windows-1252"), "windows-1252");
        }
    }

    private static Charset charset(String declared) throws Refused {
        String name = declared.strip().toLowerCase(Locale.ROOT);
        // The web's own rule: Latin-1 and ASCII labels mean Windows-1252.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            if (Charset.isSupported(name)) return Charset.forName(name);
        } catch (IllegalCharsetNameException e) {
            // Reported below.
        }
        String shown = declared.length() > 40 ? declared.substring(0, 40) + "..." : declared;
        throw new Refused("declares an unknown character encoding \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"");
    }

    private static String decodeAs(byte[] b, int off, int len, Charset cs, String label) throws Refused {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars;
        try {
            chars = d.decode(ByteBuffer.wrap(b, off, len));
        } catch (CharacterCodingException e) {
            throw new Refused("not valid " + label + " text");
        }
        int bad = 0;
        for (int i = 0; i < chars.length(); i++) if (chars.charAt(i) == '\uFFFD') bad++;
        // A few stray bytes are common on the web; many mean the declaration is wrong and the text would be garbled.
        if (bad > 16 && bad * 50 > chars.length()) {
            throw new Refused("text does not match its declared character encoding \"" + label + "\"");
        }
        return chars.toString();
    }
}
