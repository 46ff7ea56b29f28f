package org.actorgraph.bench;

import org.actorgraph.article.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Long news-like articles from sentence templates with varied names: reported statements with titles and
 * affiliations, meetings with places and dates, quotes and background sentences. Deterministic for a seed.
 */
final class SyntheticArticles {
    private final Random random;

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    List<Article> generate(int count, int sentences) {
        List<Article> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) out.add(article(i, sentences));
        return out;
    }

    private String person() {
        return Names.pick(random, Names.FIRST) + " " + Names.pick(random, Names.LAST);
    }

    private String org() {
        return "the " + Names.pick(random, Names.ORG_THEMES) + " " + Names.pick(random, Names.ORG_KINDS);
    }

    private Article article(int n, int sentences) {
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        String[] cast = new String[6];
        for (int i = 0; i < cast.length; i++) cast[i] = person();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String a = cast[random.nextInt(cast.length)];
            String b = cast[random.nextInt(cast.length)];
            String country = Names.pick(random, Names.COUNTRIES);
            String other = Names.pick(random, Names.COUNTRIES);
            String city = Names.pick(random, Names.CITIES);
            String title = Names.pick(random, Names.TITLES);
            String sentence = switch (random.nextInt(8)) {
                case 0 -> String.format("%s %s of %s %s that %s.", title, a, country, Names.pick(random, Names.SAY),
                        String.format(Names.pick(random, Names.CONTENT), other));
                case 1 -> String.format("\"We will not accept any agreement that ignores the interests of %s,\" %s told a news conference in %s on %s.",
                        country, a, city, date.minusDays(random.nextInt(5)).getDayOfWeek().toString().charAt(0)
                                + date.minusDays(random.nextInt(5)).getDayOfWeek().toString().substring(1).toLowerCase());
                case 2 -> String.format("%s met %s, the %s of %s, in %s on %s %d to discuss %s.", a, b, title, other, city,
                        date.getMonth().toString().charAt(0) + date.getMonth().toString().substring(1).toLowerCase(),
                        date.getDayOfMonth(), Names.pick(random, List.of("energy security", "the ceasefire", "trade",
                                "sanctions", "migration", "the border dispute")));
                case 3 -> String.format("%s called on %s to %s.", a, org(), Names.pick(random, List.of(
                        "withdraw its troops from the disputed region", "lift the restrictions on grain exports",
                        "open a humanitarian corridor", "return to the negotiating table", "release the detained journalists")));
                case 4 -> String.format("In a speech to %s, %s condemned the attacks on civilians in %s and urged %s to respect international law.",
                        org(), a, city, other);
                case 5 -> String.format("The talks, which lasted %d hours, ended without a joint statement, according to a spokesperson for %s.",
                        2 + random.nextInt(6), org());
                case 6 -> String.format("%s, a member of %s, rejected the proposal, saying it would weaken the position of %s.",
                        a, org(), country);
                default -> String.format("Analysts in %s said the dispute between %s and %s was unlikely to be resolved before the summit in %s next month.",
                        city, country, other, Names.pick(random, Names.CITIES));
            };
            text.append(sentence).append(i % 5 == 4 ? "\n\n" : " ");
        }
        return new Article(String.format("synthetic-%03d", n), text.toString().strip(), "Synthetic article " + n, date,
                null, "Example Wire", "synthetic-" + n);
    }
}
