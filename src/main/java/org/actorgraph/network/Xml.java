package org.actorgraph.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A small indenting XML writer: elements with attributes and text, escaped, and characters XML 1.0 forbids dropped. */
final class Xml implements AutoCloseable {
    private final Writer out;
    private int depth;

    Xml(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    Xml open(String name, String... attributes) throws IOException {
        tag(name, attributes, false);
        depth++;
        return this;
    }

    /** An element with no content. */
    Xml empty(String name, String... attributes) throws IOException {
        return tag(name, attributes, true);
    }

    /** An element holding only text. */
    Xml text(String name, String text, String... attributes) throws IOException {
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write('>');
        out.write(escape(text));
        out.write("</" + name + ">\n");
        return this;
    }

    Xml close(String name) throws IOException {
        depth--;
        indent();
        out.write("</" + name + ">\n");
        return this;
    }

    private Xml tag(String name, String[] attributes, boolean empty) throws IOException {
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write(empty ? "/>\n" : ">\n");
        return this;
    }

    private void attributes(String[] attributes) throws IOException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.write(' ');
            out.write(attributes[i]);
            out.write("=\"");
            out.write(escape(attributes[i + 1]));
            out.write('"');
        }
    }

    private void indent() throws IOException {
        out.write("  ".repeat(Math.max(0, depth)));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                case '\r' -> b.append("&#13;");
                default -> {
                    // Other control characters cannot appear in XML 1.0 at all, not even as references.
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
