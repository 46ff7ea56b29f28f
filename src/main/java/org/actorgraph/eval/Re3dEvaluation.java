package org.actorgraph.eval;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Event;
import org.actorgraph.model.NamedMention;
import org.actorgraph.model.Position;
import org.actorgraph.model.Stance;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the extractor against re3d: for each subset folder (documents.json, entities.json, relations.json, one JSON
 * object a line) the documents are converted and compared with the annotations.
 *
 * <ul>
 * <li>Entities: Person against our people; Organisation against our organisations and countries (re3d annotates
 * "the UK" acting as a government as an organisation); Location against our places and countries. A gold span is
 * found when one of our names of a fitting kind overlaps it; one of our names is right when it overlaps a gold
 * Person, Organisation or Location.</li>
 * <li>Likes / Dislikes: found when a position of the source actor has stance Support / Oppose and names the target
 * as addressee or target, or its stated text covers the target span. Our positions with a stance and a target or
 * addressee are right when they answer such a relation; a stance towards no actor asserts no relation.</li>
 * <li>CommWith: found when both actors take part in one of our events, or one addresses a position to the other.</li>
 * <li>BelongsTo: found when the source has the target as ag:memberOf or ag:country.</li>
 * <li>IsSynonymOf: found when both spans name one node, or one is a title of the person the other names.</li>
 * </ul>
 */
public final class Re3dEvaluation {

    record Gold(String type, int begin, int end, String text) {}

    record Rel(String type, int sBegin, int sEnd, String source, int tBegin, int tEnd, String target) {}

    /** Reads an article with every reference to its entities (names, pronouns, descriptions) kept. */
    private final Function<Article, ArticleExtraction> extractor;
    private final PrintWriter progress;

    public Re3dEvaluation(Function<Article, ArticleExtraction> extractor, PrintWriter progress) {
        this.extractor = extractor;
        this.progress = progress;
    }

    public Report run(Path root) {
        Report r = new Report("re3d");
        r.note("re3d also annotates plain nouns (\"civilians\", \"reporters\") and pronouns outside statements as actors; ActorGraph "
                + "makes actors of names, of titles (\"the Foreign Secretary\", one node an article when no name is given), of \"he\" "
                + "and \"she\" for the person last named or last talked about and of \"I\" and \"we\" in a statement for its speaker, so the other gold "
                + "spans count as missed, and relations between them too. Plain nouns for people or bodies become actors (groups) only "
                + "as participants and addressees, and are not scored as entities.");
        r.note("Likes/Dislikes precision counts the positions with a stance and a target or addressee: a stance towards no "
                + "actor asserts no relation between two actors. Recall counts every position with a stance.");
        r.note("re3d's Likes/Dislikes also cover deeds (\"conducted airstrikes against ISIL\"); ActorGraph's stances are of stated positions only.");
        long start = System.nanoTime();
        List<Path> subsets = subsets(root);
        if (subsets.isEmpty()) throw new IllegalArgumentException(root + ": no re3d subset (a folder with documents.json) found");
        for (Path subset : subsets) scoreSubset(subset, r);
        r.seconds = (System.nanoTime() - start) / 1e9;
        r.total("* entities (Person/Organisation/Location)", "entity Person", "entity Organisation", "entity Location");
        // A subset without a relation of one kind still prints its row, so summary lines always compare field by field.
        r.rows().put("* Likes/Dislikes as positions", Objects.requireNonNullElseGet(r.rows().remove("Likes/Dislikes"), Score::new));
        r.rows().put("* CommWith", Objects.requireNonNullElseGet(r.rows().remove("CommWith"), Score::new));
        return r;
    }

    private static List<Path> subsets(Path root) {
        if (Files.isRegularFile(root.resolve("documents.json"))) return List.of(root);
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private void scoreSubset(Path subset, Report r) {
        Map<String, List<Gold>> entities = new HashMap<>();
        for (JsonObject o : lines(subset.resolve("entities.json"))) {
            entities.computeIfAbsent(o.getString("documentId"), k -> new ArrayList<>())
                    .add(new Gold(o.getString("type"), o.get("begin").getAsNumber().value().intValue(),
                            o.get("end").getAsNumber().value().intValue(), o.getString("value")));
        }
        Map<String, List<Rel>> relations = new HashMap<>();
        for (JsonObject o : lines(subset.resolve("relations.json"))) {
            relations.computeIfAbsent(o.getString("documentId"), k -> new ArrayList<>()).add(new Rel(o.getString("type"),
                    num(o, "sourceBegin"), num(o, "sourceEnd"), o.getString("source"), num(o, "targetBegin"), num(o, "targetEnd"), o.getString("target")));
        }
        for (JsonObject doc : lines(subset.resolve("documents.json"))) {
            String id = doc.getString("_id");
            String text = doc.getString("text");
            if (text == null || text.isBlank()) continue;
            ArticleExtraction x = extractor.apply(new Article(id, text, doc.getString("title"), null, null, null, subset.getFileName() + "/" + id));
            r.documents++;
            scoreEntities(x, entities.getOrDefault(id, List.of()), r);
            scoreRelations(x, relations.getOrDefault(id, List.of()), r, subset.getFileName() + "/" + id);
            if (progress != null) {
                progress.printf("[%d] %s/%s%n", r.documents, subset.getFileName(), id);
                progress.flush();
            }
        }
    }

    private static int num(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().intValue();
    }

    static List<JsonObject> lines(Path file) {
        List<JsonObject> out = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                String l = line.strip();
                if (l.startsWith("\uFEFF")) l = l.substring(1);
                if (l.isEmpty()) continue;
                try {
                    out.add(JSON.parse(l));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": not a JSON object");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static Set<String> goldTypesFor(EntityKind k) {
        return switch (k) {
            case PERSON -> Set.of("Person");
            case ORGANIZATION -> Set.of("Organisation");
            case COUNTRY -> Set.of("Organisation", "Location");
            case PLACE -> Set.of("Location");
            case GROUP -> Set.of();
        };
    }

    private void scoreEntities(ArticleExtraction x, List<Gold> gold, Report r) {
        // re3d annotates pronouns, descriptions and nationality words that stand for actors, so all our references count.
        List<NamedMention> ours = x.mentions();
        for (Gold g : gold) {
            if (!Set.of("Person", "Organisation", "Location").contains(g.type())) continue;
            boolean found = ours.stream().anyMatch(m -> goldTypesFor(m.entity().kind()).contains(g.type())
                    && Matching.overlaps(m.span(), g.begin(), g.end()));
            r.row("entity " + g.type()).gold(found);
            if (!found) r.detail(x.article().id() + " missed " + g.type() + " " + g.text());
        }
        for (NamedMention m : ours) {
            // Unnamed groups ("reporters") are participants and addressees, not entities of the three types.
            if (m.entity().kind() == EntityKind.GROUP) continue;
            boolean right = gold.stream().anyMatch(g -> goldTypesFor(m.entity().kind()).contains(g.type())
                    && Matching.overlaps(m.span(), g.begin(), g.end()));
            String row = switch (m.entity().kind()) {
                case PERSON -> "entity Person";
                case ORGANIZATION, COUNTRY -> m.entity().kind() == EntityKind.COUNTRY ? "entity Location" : "entity Organisation";
                case PLACE -> "entity Location";
                case GROUP -> throw new IllegalStateException("groups are not scored as entities");
            };
            r.row(row).predicted(right);
            if (!right) r.detail(x.article().id() + " extra " + row.substring("entity ".length()) + " " + m.span().of(x.article().text()));
        }
    }

    private void scoreRelations(ArticleExtraction x, List<Rel> rels, Report r, String doc) {
        List<NamedMention> ms = x.mentions();
        List<Rel> stances = rels.stream().filter(rel -> rel.type().equals("Likes") || rel.type().equals("Dislikes")).toList();
        for (Rel rel : stances) {
            boolean found = x.positions().stream().anyMatch(p -> answers(p, rel, ms));
            r.row("Likes/Dislikes").gold(found);
            if (!found) r.detail(doc + " missed " + rel.type() + ": " + rel.source() + " -> " + rel.target());
        }
        for (Position p : x.positions()) {
            // A Likes/Dislikes relation joins two actors; a stance towards no actor ("welcomes the liberation of
            // Sinjar") claims none, so only positions that name a target or addressee are counted as predictions.
            if (p.stance() == Stance.NEUTRAL || p.targets().isEmpty() && p.addressees().isEmpty()) continue;
            boolean right = stances.stream().anyMatch(rel -> answers(p, rel, ms));
            r.row("Likes/Dislikes").predicted(right);
            for (double t : Report.THRESHOLDS) if (p.confidence() >= t) r.row(String.format(java.util.Locale.ROOT, "Likes/Dislikes at confidence >= %.1f", t)).predicted(right);
            if (!right) r.detail(doc + " extra " + p.stance() + " position by " + p.speaker().label() + " [" + stanceRules(p) + "]: " + p.content().of(x.article().text()));
        }
        for (double t : Report.THRESHOLDS) {
            Score s = r.row(String.format(java.util.Locale.ROOT, "Likes/Dislikes at confidence >= %.1f", t));
            for (Rel rel : stances) s.gold(x.positions().stream().anyMatch(p -> p.confidence() >= t && answers(p, rel, ms)));
        }
        for (Rel rel : rels) {
            switch (rel.type()) {
                case "CommWith" -> {
                    boolean found = communicated(x, rel, ms);
                    r.row("CommWith").gold(found);
                    if (!found) r.detail(doc + " missed CommWith: " + rel.source() + " -> " + rel.target());
                }
                case "BelongsTo" -> r.row("BelongsTo").gold(belongs(x, rel, ms));
                case "IsSynonymOf" -> r.row("IsSynonymOf").gold(synonyms(x, rel, ms));
                default -> { }
            }
        }
    }

    /** The rules that set a position's stance and target, so wrong ones can be counted by rule. */
    private static String stanceRules(Position p) {
        return p.trace().stream().filter(u -> u.part() == org.actorgraph.model.RuleUse.Part.STANCE || u.part() == org.actorgraph.model.RuleUse.Part.TARGET)
                .map(org.actorgraph.model.RuleUse::rule).distinct().collect(java.util.stream.Collectors.joining(" "));
    }

    private static boolean source(Entity e, Rel rel, List<NamedMention> ms) {
        return Matching.refersTo(e, ms, rel.sBegin(), rel.sEnd(), rel.source());
    }

    private static boolean target(Entity e, Rel rel, List<NamedMention> ms) {
        return Matching.refersTo(e, ms, rel.tBegin(), rel.tEnd(), rel.target());
    }

    private static boolean answers(Position p, Rel rel, List<NamedMention> ms) {
        Stance want = rel.type().equals("Likes") ? Stance.SUPPORT : Stance.OPPOSE;
        if (p.stance() != want || !source(p.speaker(), rel, ms)) return false;
        if (p.content().begin() <= rel.tBegin() && rel.tEnd() <= p.content().end()) return true;
        for (Entity e : p.targets()) if (target(e, rel, ms)) return true;
        for (Entity e : p.addressees()) if (target(e, rel, ms)) return true;
        return false;
    }

    private static boolean communicated(ArticleExtraction x, Rel rel, List<NamedMention> ms) {
        for (Event e : x.events()) {
            boolean s = e.participants().stream().anyMatch(a -> source(a, rel, ms));
            boolean t = e.participants().stream().anyMatch(a -> target(a, rel, ms));
            if (s && t) return true;
        }
        for (Position p : x.positions()) {
            for (Entity a : p.addressees()) {
                if (source(p.speaker(), rel, ms) && target(a, rel, ms)) return true;
                if (target(p.speaker(), rel, ms) && source(a, rel, ms)) return true;
            }
        }
        return false;
    }

    private static boolean belongs(ArticleExtraction x, Rel rel, List<NamedMention> ms) {
        for (Entity e : x.entities()) {
            if (!source(e, rel, ms)) continue;
            for (Entity org : e.memberOf()) if (target(org, rel, ms)) return true;
            if (e.country() != null && target(e.country(), rel, ms)) return true;
        }
        return false;
    }

    private static boolean synonyms(ArticleExtraction x, Rel rel, List<NamedMention> ms) {
        for (Entity e : x.entities()) if (source(e, rel, ms) && target(e, rel, ms)) return true;
        return false;
    }
}
