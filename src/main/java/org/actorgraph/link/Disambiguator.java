package org.actorgraph.link;

import org.actorgraph.model.NameKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the candidates of one lookup against what the graph knows about the entity and decides whether one of them
 * is safe to link. A wrong link is worse than none, so the rules are conservative:
 * <ul>
 *   <li>name: the candidate's English label is one of the entity's names, {@value #LABEL_MATCH}; it matched only
 *       through one of its aliases, {@value #ALIAS_MATCH};</li>
 *   <li>country: one of the candidate's countries (P27 citizenship, P17 country) is the entity's
 *       {@code ag:country} (same Wikidata item, or same name), +{@value #COUNTRY_AGREES}; the candidate names
 *       countries and none is the entity's, {@value #COUNTRY_CONFLICTS};</li>
 *   <li>office: every content word of one of the entity's {@code ag:title}s appears in the label of a position the
 *       candidate held (P39), +{@value #OFFICE_AGREES} ("foreign minister" and "Minister of Foreign Affairs of
 *       Russia");</li>
 *   <li>the best candidate is linked only when its score reaches the threshold (default {@value #DEFAULT_MIN_SCORE},
 *       never below {@value #LOWEST_MIN_SCORE}) and beats the runner-up by at least {@value #MARGIN}.</li>
 * </ul>
 * So a unique exact-name match of the right type links on its own, an alias match needs a country or an office to
 * back it, and two same-named people are told apart only by what the graph knows about them.
 */
public final class Disambiguator {
    public static final double LABEL_MATCH = 0.6;
    public static final double ALIAS_MATCH = 0.45;
    public static final double COUNTRY_AGREES = 0.25;
    public static final double COUNTRY_CONFLICTS = -0.5;
    public static final double OFFICE_AGREES = 0.15;
    public static final double MARGIN = 0.15;
    public static final double DEFAULT_MIN_SCORE = 0.6;
    public static final double LOWEST_MIN_SCORE = 0.5;

    private static final Set<String> STOP_WORDS = Set.of("of", "the", "a", "an", "for", "and", "to", "in", "on",
            "at", "de", "former", "acting", "current");

    private final double minScore;

    public Disambiguator(double minScore) {
        if (Double.isNaN(minScore) || minScore < LOWEST_MIN_SCORE || minScore > 1.0) {
            throw new IllegalArgumentException("Minimum link score must be between " + LOWEST_MIN_SCORE
                    + " and 1.0, got " + minScore);
        }
        this.minScore = minScore;
    }

    public double minScore() {
        return minScore;
    }

    /** A candidate with its score and the evidence behind it. */
    public record Scored(Candidate candidate, double score, List<String> reasons) {}

    /**
     * Decides for one entity.
     *
     * @param countryQid the Wikidata item the entity's country is linked to, or null
     */
    public LinkOutcome decide(LinkTarget target, List<Candidate> candidates, String countryQid) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(score(target, c, countryQid));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> qidNumber(s.candidate().qid())));
        if (scored.isEmpty()) {
            return LinkOutcome.noMatch(target, 0);
        }
        Scored best = scored.get(0);
        if (best.score() < minScore) {
            return LinkOutcome.belowThreshold(target, best, scored.size());
        }
        if (scored.size() > 1 && best.score() - scored.get(1).score() < MARGIN - 1e-9) {
            return LinkOutcome.ambiguous(target, best, scored.get(1), scored.size());
        }
        return LinkOutcome.linked(target, best, scored.size());
    }

    Scored score(LinkTarget target, Candidate c, String countryQid) {
        List<String> reasons = new ArrayList<>();
        double score;
        Set<String> names = new HashSet<>();
        target.names().forEach(n -> names.add(normalise(n)));
        if (c.label() != null && names.contains(normalise(c.label()))) {
            score = LABEL_MATCH;
            reasons.add("label \"" + c.label() + "\"");
        } else {
            score = ALIAS_MATCH;
            reasons.add("alias of \"" + (c.label() == null ? c.qid() : c.label()) + "\"");
        }
        if (target.countryIri() != null && !c.countries().isEmpty()) {
            String agreeing = agreeingCountry(target, c, countryQid);
            if (agreeing != null) {
                score += COUNTRY_AGREES;
                reasons.add("country " + agreeing);
            } else {
                score += COUNTRY_CONFLICTS;
                reasons.add("other country " + String.join(", ", labels(c.countries())));
            }
        }
        String office = agreeingOffice(target, c);
        if (office != null) {
            score += OFFICE_AGREES;
            reasons.add("office \"" + office + "\"");
        }
        return new Scored(c, round(score), List.copyOf(reasons));
    }

    private static String agreeingCountry(LinkTarget target, Candidate c, String countryQid) {
        Set<String> countryNames = new HashSet<>();
        target.countryNames().forEach(n -> countryNames.add(normalise(n)));
        for (Map.Entry<String, String> e : c.countries().entrySet()) {
            boolean sameItem = countryQid != null && e.getKey().equals(LinkVocabulary.WD + countryQid);
            if (sameItem || countryNames.contains(normalise(e.getValue()))) {
                return e.getValue().isEmpty() ? LinkVocabulary.qid(e.getKey()) : e.getValue();
            }
        }
        return null;
    }

    private static String agreeingOffice(LinkTarget target, Candidate c) {
        for (String title : target.titles()) {
            Set<String> wanted = contentWords(title);
            if (wanted.isEmpty()) {
                continue;
            }
            for (String office : c.offices()) {
                if (contentWords(office).containsAll(wanted)) {
                    return office;
                }
            }
        }
        return null;
    }

    private static List<String> labels(Map<String, String> countries) {
        List<String> out = new ArrayList<>();
        countries.forEach((iri, label) -> out.add(label.isEmpty() ? LinkVocabulary.qid(iri) : label));
        return out;
    }

    static Set<String> contentWords(String s) {
        Set<String> words = new HashSet<>();
        for (String w : normalise(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    static String normalise(String s) {
        return NameKeys.fold(s);
    }

    private static long qidNumber(String qid) {
        try {
            return Long.parseLong(qid.substring(1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static double round(double score) {
        double clamped = Math.max(0.0, Math.min(1.0, score));
        return BigDecimal.valueOf(clamped).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
