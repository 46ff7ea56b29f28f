package org.actorgraph.extract;

import org.actorgraph.model.Span;
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
        boolean lastLineLeftOpen = false;
        boolean textOnLine = false;
        boolean continues = false;
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                // Blank lines between paragraphs keep what the last line with text left.
                if (open >= 0) out.add(new Quote(new Span(open, i), continues));
                if (textOnLine) lastLineLeftOpen = open >= 0;
                textOnLine = false;
                open = -1;
                continue;
            }
            if (open < 0 && (c == '\u201c' || c == '"')) {
                continues = lastLineLeftOpen && !textOnLine;
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
            if (!Character.isWhitespace(c)) textOnLine = true;
        }
        if (open >= 0) out.add(new Quote(new Span(open, text.length()), continues));
        return out;
    }
}
