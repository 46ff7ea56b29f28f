package org.actorgraph.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline ("GENEVA, May 12 –", "NEW DELHI, May 10 (Reuters) -") opening a paragraph is parsed as a sentence of
 * its own. Left in front of the lead sentence, the parser takes the city for the subject of the lead's verb and hangs
 * the real subject ("France's X and Germany's Y became ...") loose beside it, so neither who acted nor who met is read.
 * The dash after the dateline becomes a line break, which ends a sentence; the text keeps its length, so character
 * offsets stay those of the article.
 */
public final class Datelines {
    /** A city in capitals, an optional date and news agency in brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?(?:,[ \\t]*\\p{Lu}[\\p{L}.]*[ \\t]+\\d{1,2})?(?:[ \\t]*\\([^)\\n]{1,40}\\))?[ \\t]+([–—-]{1,2})[ \\t]");

    private Datelines() {}

    /** The text with the dash ending each paragraph-opening dateline turned into a line break. */
    public static String asOwnSentences(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(1); i < m.end(1); i++) chars[i] = '\n';
        } while (m.find());
        return new String(chars);
    }
}
