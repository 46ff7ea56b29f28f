package org.actorgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line break ends a sentence. In most articles a line is a paragraph or a headline, and a headline has no
 * full stop ("Minister calls the attack a tragedy\nCommenting on reports ..."), so every line break ends a sentence.
 * Text wrapped at a fixed width breaks lines inside sentences; there, single line breaks are read as spaces. The
 * text keeps its length, so character offsets stay those of the article.
 */
public final class LineBreaks {
    private static final int MIN_WRAPPED_LINES = 3;
    private static final int WRAP_MIN = 40;
    private static final int WRAP_MAX = 100;

    private LineBreaks() {}

    /** The text to split into sentences: the article itself, or with its wrapping line breaks turned into spaces. */
    public static String forSentenceSplitting(String text) {
        List<int[]> breaks = singleBreaks(text);
        if (!wrapped(text, breaks)) return text;
        char[] chars = text.toCharArray();
        for (int[] b : breaks) chars[b[0]] = ' ';
        return new String(chars);
    }

    /** Line breaks with text on both sides and no blank line after: {position, length of the line before}. */
    private static List<int[]> singleBreaks(String text) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') continue;
            String line = text.substring(lineStart, i).strip();
            int next = text.indexOf('\n', i + 1);
            String following = text.substring(i + 1, next < 0 ? text.length() : next).strip();
            if (!line.isEmpty() && !following.isEmpty()) out.add(new int[] {i, line.length()});
            lineStart = i + 1;
        }
        return out;
    }

    /** Wrapped when most lines that run on into the next one are of about one width and stop mid-sentence. */
    private static boolean wrapped(String text, List<int[]> breaks) {
        if (breaks.size() < MIN_WRAPPED_LINES) return false;
        int ofWidth = 0;
        int midSentence = 0;
        for (int[] b : breaks) {
            if (b[1] >= WRAP_MIN && b[1] <= WRAP_MAX) ofWidth++;
            int k = b[0] - 1;
            while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
            if (k >= 0 && ".!?:\"\u201d".indexOf(text.charAt(k)) < 0) midSentence++;
        }
        return ofWidth * 5 >= breaks.size() * 4 && midSentence * 2 >= breaks.size();
    }
}
