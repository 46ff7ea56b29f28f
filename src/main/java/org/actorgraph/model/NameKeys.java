package org.actorgraph.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Keys that identify an entity across articles. Romanised names come in several spellings ("Sergei"/"Sergey",
 * "Nikolai"/"Nikolay", "Dmitrii"/"Dmitry"); a person's key folds those endings so the spellings meet in one node.
 */
public final class NameKeys {
    private NameKeys() {}

    /**
     * Lower-case words joined by hyphens: "Arise, France" becomes "arise-france". Accents are dropped; letters of
     * other scripts stay ("Сергей Лавров" becomes "сергей-лавров", a valid IRI segment), so names in different
     * scripts never fold into one key.
     */
    public static String slug(String s) {
        // Accents come off Latin letters only: in other scripts a mark can make a different letter ("й" is not "и").
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("(?<=\\p{IsLatin})\\p{M}+", "");
        String slug = Normalizer.normalize(plain.toLowerCase(Locale.ROOT), Normalizer.Form.NFC)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    /** The person's name with romanisation variants folded to one spelling, keeping the case of the text. */
    public static String foldPersonName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (out.length() > 0) out.append(' ');
            out.append(foldWord(word));
        }
        return out.toString();
    }

    private static String foldWord(String w) {
        if (w.length() < 5) return w;
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ii")) return w.substring(0, w.length() - 2) + "y";
        if (lower.endsWith("iy") && w.length() > 5) return w.substring(0, w.length() - 2) + "y";
        if (lower.endsWith("ei") || lower.endsWith("ai") || lower.endsWith("oi")) return w.substring(0, w.length() - 1) + "y";
        return w;
    }

    /**
     * A name as compared with another: case, accents, punctuation and spacing do not tell names apart ("São Tomé"
     * and "Sao Tome", "Arise, France" and "Arise France" fold alike). The one folding every name comparison uses.
     */
    public static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The name with every run of spaces of any kind (no-break, thin, ideographic, line breaks) as one plain space:
     * "Donald\u00a0Trump" and "Donald Trump" are one name with one label.
     */
    public static String spaced(String name) {
        return name.replaceAll("[\\p{Z}\\s\\u200b\\ufeff]+", " ").strip();
    }

    public static String personKey(String name) {
        return slug(foldPersonName(name));
    }
}
