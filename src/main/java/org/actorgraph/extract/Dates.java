package org.actorgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a word names through the time expressions that hang on it ("said on Tuesday", "announced Friday",
 * "met yesterday", "the meeting on March 3"), from the tagger's normalised values anchored on the article date.
 *
 * <p>A bare weekday is resolved by the tagger inside the article's week, whatever the tense, so "met on Saturday"
 * in a Thursday article would be two days ahead. What has happened (a statement, a meeting that took place) is on
 * the last such weekday up to the article date, and what is planned on the next one from it.
 */
final class Dates {
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");

    /** Which side of the article date the day must fall on. */
    enum Tense { PAST, PLANNED }

    /**
     * What the time expressions hanging on a word say: a day (xsd:date or xsd:gMonthDay lexical form), or that
     * a time is named that is not a day ("in October", "last week"), or nothing.
     */
    record When(String day, boolean named) {
        static final When NONE = new When(null, false);
        static final When NOT_A_DAY = new When(null, true);
    }

    private Dates() {}

    /** The time named by a date among the word's dependents ("on Tuesday", "Friday", "in October"). */
    static When of(Sentences s, int head, LocalDate articleDate, Tense tense) {
        for (int c : s.children(head, null)) {
            String rel = s.relation(c);
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")) || !s.ner(c).equals("DATE")) continue;
            String day = day(s, c, articleDate, tense);
            return day == null ? When.NOT_A_DAY : new When(day, true);
        }
        return When.NONE;
    }

    /** The first day named anywhere in the sentence, for events whose date is not said of their own word. */
    static String firstIn(Sentences s, LocalDate articleDate, Tense tense) {
        for (int t = 0; t < s.size(); t++) {
            if (!s.ner(t).equals("DATE")) continue;
            String day = day(s, t, articleDate, tense);
            if (day != null) return day;
        }
        return null;
    }

    /** The day a DATE token's expression names, or null when it names a week, month, year or nothing resolvable. */
    static String day(Sentences s, int t, LocalDate articleDate, Tense tense) {
        String norm = s.tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (norm == null) return null;
        if (FULL_DATE.matcher(norm).matches()) {
            LocalDate d = LocalDate.parse(norm);
            DayOfWeek named = weekday(s, t);
            if (articleDate == null || named == null) return norm;
            // "on Tuesday" is resolved inside the article's week, and "on Tuesday the first generation" is misread as
            // the first of the month: the weekday the text names, on the side of the article date the tense puts it.
            boolean misread = d.getDayOfWeek() != named;
            if (!misread && !bare(s, t)) return norm;
            return switch (tense) {
                case PAST -> articleDate.with(TemporalAdjusters.previousOrSame(named)).toString();
                case PLANNED -> articleDate.with(TemporalAdjusters.nextOrSame(named)).toString();
            };
        }
        Matcher md = MONTH_DAY.matcher(norm);
        if (!md.matches()) return null;
        // A year is never invented: without the article's, the day stays a month and day.
        return articleDate != null ? String.format(Locale.ROOT, "%04d-%s-%s", articleDate.getYear(), md.group(1), md.group(2))
                : "--" + md.group(1) + "-" + md.group(2);
    }

    /** The weekday the time expression around the token names, or null. */
    private static DayOfWeek weekday(Sentences s, int t) {
        int[] e = expression(s, t);
        for (int k = e[0]; k <= e[1]; k++) {
            String w = s.word(k).toUpperCase(Locale.ROOT);
            for (DayOfWeek d : DayOfWeek.values()) if (d.name().equals(w)) return d;
        }
        return null;
    }

    /** The expression around the token is one word ("on Tuesday", not "last Tuesday"). */
    private static boolean bare(Sentences s, int t) {
        int[] e = expression(s, t);
        return e[0] == e[1];
    }

    private static int[] expression(Sentences s, int t) {
        int from = t;
        int to = t;
        while (from > 0 && s.ner(from - 1).equals("DATE")) from--;
        while (to + 1 < s.size() && s.ner(to + 1).equals("DATE")) to++;
        return new int[] {from, to};
    }
}
