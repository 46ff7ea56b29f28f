package org.actorgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Quoted stretches of an article, quotation marks included: curly quotes pair an opening mark with the next closing
 * one, straight double quotes pair in turn within a line. A quotation left open runs to the end of its line (its
 * paragraph): news style leaves it open when the quote goes on in the next paragraph, which then opens with a
 * quotation mark; that quotation continues the one before.
 */
final class Quotations {
    private Quotations() {}

    /** A quoted stretch; {@code continues} when it goes on from a quotation the line before left open. */
    record Quote(Span span, boolean continues) {}

    static List<Quote> in(String text) {
        List<Quote> out = new ArrayList<>();
        boolean leftOpen = false;
        boolean continues = false;
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) out.add(new Quote(new Span(open, i), continues));
                if (open >= 0 || !text.substring(lineStart(text, i), i).isBlank()) leftOpen = open >= 0;
                open = -1;
            } else if (open < 0 && (c == '\u201c' || c == '"')) {
                continues = leftOpen && text.substring(lineStart(text, i), i).isBlank();
                leftOpen = false;
                open = i;
                opener = c;
            } else if (open >= 0 && (opener == '\u201c' && c == '\u201d' || opener == '"' && c == '"')) {
                out.add(new Quote(new Span(open, i + 1), continues));
                open = -1;
            } else if (open >= 0 && opener == '\u201c' && c == '\u201c') {
                // A new quotation opened before the last one closed: the last one ran to here.
                out.add(new Quote(new Span(open, i), continues));
                continues = false;
                open = i;
            }
        }
        if (open >= 0) out.add(new Quote(new Span(open, text.length()), continues));
        return out;
    }

    private static int lineStart(String text, int i) {
        int nl = text.lastIndexOf('\n', i - 1);
        return nl + 1;
    }
}
