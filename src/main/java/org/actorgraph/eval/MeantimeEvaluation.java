package org.actorgraph.eval;

import org.actorgraph.article.Article;
import org.actorgraph.model.ArticleExtraction;
import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Event;
import org.actorgraph.model.NamedMention;
import org.actorgraph.model.Position;
import org.actorgraph.model.Span;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores the extractor against MEANTIME (CAT XML, one file a document; the document creation time is the article
 * date).
 *
 * <ul>
 * <li>Entities: gold named mentions (syntactic type NAM or PRE.NAM) of PER, ORG and LOC instances; ours are people,
 * organisations, countries and places. Found and right by overlapping spans of a fitting type; ours are right
 * against any gold mention of that type, named or not.</li>
 * <li>Speakers: each speech event (an event of class SPEECH_COGNITIVE with an Arg0 participant) whose word is our
 * cue; the speaker is right when our actor is named where the Arg0 instance is, or by one of its names.</li>
 * <li>Events: participant pairs (Arg0 and Arg1) of gold events found on one of our events at the same word.
 * Dates: over our dated meetings and positions whose word (trigger or cue) is a gold event included in a dated
 * time expression, the share whose day (or month, when the gold gives only a month) agrees. MEANTIME counts speech
 * events as events, so the day a position was stated is compared as the date of its speech event.</li>
 * </ul>
 */
public final class MeantimeEvaluation {
    private static final Set<String> NAMED = Set.of("NAM", "PRE.NAM");
    /** Temporal links from an event that put it on the day of their date expression. */
    private static final Set<String> WITHIN = Set.of("IS_INCLUDED", "SIMULTANEOUS", "DURING");
    /** The same links seen from the date expression. */
    private static final Set<String> AROUND = Set.of("INCLUDES", "SIMULTANEOUS", "DURING_INV");

    /** Reads an article with every reference to its entities (names, pronouns, descriptions) kept. */
    private final Function<Article, ArticleExtraction> extractor;
    private final PrintWriter progress;

    public MeantimeEvaluation(Function<Article, ArticleExtraction> extractor, PrintWriter progress) {
        this.extractor = extractor;
        this.progress = progress;
    }

    public Report run(Path root) {
        Report r = new Report("meantime");
        r.note("MEANTIME annotates the title and first sentences of each article; what we find beyond the last annotated token is not scored.");
        r.note("MEANTIME annotates business news; speech events include cognitive verbs (\"expect\", \"believe\") that "
                + "ActorGraph does not treat as reporting a position, so only speech events at one of our cues are compared.");
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(root + ": no MEANTIME .xml documents found");
        int[] speakers = new int[2];
        int[][] speakersAt = new int[Report.THRESHOLDS.length][2];
        int[] dates = new int[2];
        for (Path f : files) {
            MeantimeDocument d = MeantimeDocument.read(f);
            LocalDate date = parseDate(d.creationDate);
            ArticleExtraction x = extractor.apply(new Article(d.name, d.text, null, date, null, null, f.toString()));
            r.documents++;
            scoreEntities(d, x, r);
            scoreSpeakers(d, x, r, speakers, speakersAt);
            scoreEvents(d, x, r, dates);
            if (progress != null) {
                progress.printf("[%d/%d] %s%n", r.documents, files.size(), d.name);
                progress.flush();
            }
        }
        r.seconds = (System.nanoTime() - start) / 1e9;
        r.total("* entities (PER/ORG/LOC)", "entity PER", "entity ORG", "entity LOC");
        r.figure("* speaker attribution", speakers[1] == 0 ? Double.NaN : (double) speakers[0] / speakers[1]);
        for (int i = 0; i < Report.THRESHOLDS.length; i++) {
            r.figure(String.format(Locale.ROOT, "speaker attribution at confidence >= %.1f (%d compared)", Report.THRESHOLDS[i], speakersAt[i][1]),
                    speakersAt[i][1] == 0 ? Double.NaN : (double) speakersAt[i][0] / speakersAt[i][1]);
        }
        r.figure(String.format(Locale.ROOT, "* event date accuracy (%d dated meetings and statements compared)", dates[1]), dates[1] == 0 ? Double.NaN : (double) dates[0] / dates[1]);
        return r;
    }

    private static LocalDate parseDate(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}.*")) return null;
        return LocalDate.parse(value.substring(0, 10));
    }

    private static Set<String> goldTypesFor(EntityKind k) {
        return switch (k) {
            case PERSON -> Set.of("PER");
            case ORGANIZATION -> Set.of("ORG");
            case COUNTRY -> Set.of("LOC", "ORG");
            case PLACE -> Set.of("LOC");
            case GROUP -> Set.of();
        };
    }

    private static void scoreEntities(MeantimeDocument d, ArticleExtraction x, Report r) {
        List<MeantimeDocument.Markable> gold = new ArrayList<>();
        List<String> goldTypes = new ArrayList<>();
        for (MeantimeDocument.Markable m : d.markables.values()) {
            if (!m.tag().equals("ENTITY_MENTION") || !m.anchored()) continue;
            MeantimeDocument.Markable inst = d.instanceOf(m.id());
            if (inst == null || !Set.of("PER", "ORG", "LOC").contains(inst.attr("ent_type"))) continue;
            gold.add(m);
            goldTypes.add(inst.attr("ent_type"));
        }
        for (int i = 0; i < gold.size(); i++) {
            MeantimeDocument.Markable g = gold.get(i);
            if (!NAMED.contains(g.attr("syntactic_type"))) continue;
            String type = goldTypes.get(i);
            boolean found = x.mentions().stream().anyMatch(m -> (m.byName() || m.demonym()) && goldTypesFor(m.entity().kind()).contains(type)
                    && Matching.overlaps(m.span(), g.begin(), g.end()));
            r.row("entity " + type).gold(found);
            if (!found) r.detail(d.name + " missed " + type + " " + d.textOf(g));
        }
        int annotated = d.annotatedEnd();
        for (NamedMention m : x.mentions()) {
            // The gold side is named mentions, so ours are names and nationality words, not pronouns.
            if (m.span().begin() >= annotated || !(m.byName() || m.demonym())) continue;
            boolean right = false;
            for (int i = 0; i < gold.size() && !right; i++) {
                right = goldTypesFor(m.entity().kind()).contains(goldTypes.get(i)) && Matching.overlaps(m.span(), gold.get(i).begin(), gold.get(i).end());
            }
            String row = switch (m.entity().kind()) {
                case PERSON -> "entity PER";
                case ORGANIZATION -> "entity ORG";
                case COUNTRY, PLACE -> "entity LOC";
                case GROUP -> throw new IllegalStateException("groups are never named mentions");
            };
            r.row(row).predicted(right);
            if (!right) r.detail(d.name + " extra " + m.entity().kind() + " " + m.span().of(x.article().text()));
        }
    }

    private static MeantimeDocument.Markable participant(MeantimeDocument d, String eventMention, String role) {
        for (MeantimeDocument.Relation rel : d.relations) {
            if (rel.tag().equals("HAS_PARTICIPANT") && rel.sources().contains(eventMention) && role.equals(rel.attributes().get("sem_role"))) {
                MeantimeDocument.Markable m = d.markables.get(rel.target());
                if (m != null && m.tag().equals("ENTITY_MENTION")) return m;
            }
        }
        return null;
    }

    /** Our entity is the gold participant: named where it or a coreferent mention is, or by one of its names. */
    private static boolean same(MeantimeDocument d, MeantimeDocument.Markable gold, Entity ours, List<NamedMention> ms) {
        List<MeantimeDocument.Markable> all = new ArrayList<>();
        all.add(gold);
        MeantimeDocument.Markable inst = d.instanceOf(gold.id());
        // A long gold span ("Apple Inc. CEO Steve Jobs") overlaps more than its referent: the kinds must agree too.
        if (inst != null && !goldTypesFor(ours.kind()).contains(inst.attr("ent_type"))) return false;
        if (inst != null) all.addAll(d.mentionsOf(inst.id()));
        for (MeantimeDocument.Markable m : all) {
            if (m.anchored() && Matching.refersTo(ours, ms, m.begin(), m.end(), NAMED.contains(m.attr("syntactic_type")) ? d.textOf(m) : null)) return true;
        }
        return inst != null && Matching.refersTo(ours, List.of(), 0, 0, inst.attr("TAG_DESCRIPTOR"));
    }

    private static void scoreSpeakers(MeantimeDocument d, ArticleExtraction x, Report r, int[] acc, int[][] accAt) {
        for (MeantimeDocument.Markable ev : d.markables.values()) {
            if (!ev.tag().equals("EVENT_MENTION") || !ev.anchored()) continue;
            MeantimeDocument.Markable inst = d.instanceOf(ev.id());
            if (inst == null || !"SPEECH_COGNITIVE".equals(inst.attr("class"))) continue;
            MeantimeDocument.Markable arg0 = participant(d, ev.id(), "Arg0");
            if (arg0 == null) continue;
            Position p = null;
            for (Position q : x.positions()) if (Matching.overlaps(q.cueSpan(), ev.begin(), ev.end())) p = q;
            r.row("speech events at a cue").gold(p != null);
            if (p == null) continue;
            boolean right = same(d, arg0, p.speaker(), x.mentions());
            acc[1]++;
            if (right) acc[0]++;
            for (int i = 0; i < Report.THRESHOLDS.length; i++) {
                if (p.confidence() < Report.THRESHOLDS[i]) continue;
                accAt[i][1]++;
                if (right) accAt[i][0]++;
            }
            r.detail(d.name + (right ? " right" : " wrong") + " speaker of '" + d.textOf(ev) + "': gold " + d.textOf(arg0)
                    + ", ours " + p.speaker().label());
        }
    }

    private static void scoreEvents(MeantimeDocument d, ArticleExtraction x, Report r, int[] dates) {
        for (MeantimeDocument.Markable ev : d.markables.values()) {
            if (!ev.tag().equals("EVENT_MENTION") || !ev.anchored()) continue;
            MeantimeDocument.Markable a0 = participant(d, ev.id(), "Arg0");
            MeantimeDocument.Markable a1 = participant(d, ev.id(), "Arg1");
            if (a0 == null || a1 == null) continue;
            boolean found = false;
            for (Event e : x.events()) {
                if (!Matching.overlaps(e.trigger(), ev.begin(), ev.end())) continue;
                boolean has0 = e.participants().stream().anyMatch(p -> same(d, a0, p, x.mentions()));
                boolean has1 = e.participants().stream().anyMatch(p -> same(d, a1, p, x.mentions()));
                found |= has0 && has1;
            }
            r.row("event participant pairs (Arg0+Arg1)").gold(found);
        }
        for (Event e : x.events()) dated(d, r, "meeting", e.date(), e.trigger(), dates);
        for (Position p : x.positions()) dated(d, r, "statement", p.date(), p.cueSpan(), dates);
    }

    /** Compares one of our dates with the gold event's at the same word, when both have one. */
    private static void dated(MeantimeDocument d, Report r, String what, String ours, Span word, int[] dates) {
        if (ours == null) return;
        String gold = goldDate(d, word);
        if (gold == null) return;
        boolean right = ours.startsWith(gold) || gold.startsWith(ours);
        dates[1]++;
        if (right) dates[0]++;
        r.row(what + " dates").predicted(right);
        r.detail(d.name + (right ? " right " : " wrong ") + what + " date " + ours + ", gold " + gold + " at '" + word.of(d.text) + "'");
    }

    /**
     * The day of the gold event at this word: a date expression it is included in or simultaneous with, by a temporal
     * link either way round. A date in the text comes before the document creation time, which most statements are
     * linked to; "before" and "after" links give no day.
     */
    private static String goldDate(MeantimeDocument d, Span word) {
        String creation = null;
        for (MeantimeDocument.Markable ev : d.markables.values()) {
            if (!ev.tag().equals("EVENT_MENTION") || !ev.anchored() || !Matching.overlaps(word, ev.begin(), ev.end())) continue;
            for (MeantimeDocument.Relation rel : d.relations) {
                if (!rel.tag().equals("TLINK") || rel.target() == null) continue;
                String type = rel.attributes().getOrDefault("reltype", "");
                String timex;
                if (rel.sources().contains(ev.id()) && WITHIN.contains(type)) timex = rel.target();
                else if (rel.target().equals(ev.id()) && AROUND.contains(type) && !rel.sources().isEmpty()) timex = rel.sources().get(0);
                else continue;
                MeantimeDocument.Markable t = d.markables.get(timex);
                if (t == null || !t.tag().equals("TIMEX3") || !"DATE".equals(t.attr("type"))) continue;
                String v = t.attr("value");
                if (!v.matches("\\d{4}-\\d{2}(-\\d{2})?")) continue;
                if (!"CREATION_TIME".equals(t.attr("functionInDocument"))) return v;
                creation = v;
            }
        }
        return creation;
    }
}
