package org.actorgraph.nlp;

/**
 * The case fold Java's case-insensitive comparisons agree with: {@code String.equalsIgnoreCase} and a regular
 * expression with {@code CASE_INSENSITIVE | UNICODE_CASE} both find two characters equal only when their folds are,
 * so a folded word missing from a folded text rules out a match without running the comparison.
 */
public final class CaseFold {
    private CaseFold() {}

    /** Each code point lowered after raising, as the case-insensitive comparisons do; the length is unchanged. */
    public static String of(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return b.toString();
    }
}
