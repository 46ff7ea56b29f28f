package org.actorgraph.cli;

import org.actorgraph.extract.Explanation;
import org.actorgraph.extract.Phase;
import org.actorgraph.model.Entity;
import org.actorgraph.model.Event;
import org.actorgraph.model.Position;
import org.actorgraph.model.RuleUse;
import org.actorgraph.model.Span;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Writes an {@link Explanation} for people: sentence by sentence, what was found there and by which rules. */
final class ExplanationText {
    private ExplanationText() {}

    static void write(Explanation x, PrintWriter out) {
        String text = x.extraction().article().text();
        for (Explanation.SentenceTrace s : x.sentences()) {
            out.printf("[%d] %s%n", s.index() + 1, oneLine(s.span().of(text)));
            boolean found = false;
            for (Position p : x.extraction().positions()) {
                if (!inside(p.sentence(), s.span())) continue;
                found = true;
                out.printf("  position  %s —%s→ \"%s\"%n", p.speaker().label(), p.cue(), oneLine(p.content().of(text)));
                out.printf("            stance %s, confidence %.2f%s%s%s%n", p.stance().name().toLowerCase(Locale.ROOT),
                        p.confidence(), list(", to ", p.addressees()), list(", about ", p.targets()),
                        p.topics().isEmpty() ? "" : ", topics " + p.topics().stream().map(ExplanationText::local).collect(Collectors.joining(" ")));
                trace(p.trace(), out);
            }
            for (Event e : x.extraction().events()) {
                if (!inside(e.evidence(), s.span())) continue;
                found = true;
                out.printf("  event     %s %s \"%s\"%s%s, confidence %.2f%n", e.kind().name().toLowerCase(Locale.ROOT),
                        e.planned() ? "planned" : "held", e.trigger().of(text), list(" with ", e.participants()),
                        e.date() == null ? "" : " on " + e.date(), e.confidence());
                trace(e.trace(), out);
            }
            for (Explanation.Step step : s.steps()) {
                if (step.edges().isEmpty() || step.phase() == Phase.MENTIONS) continue;
                out.printf("  %-9s %s at \"%s\": %s%n", "parse", step.rule(), step.span().of(text), String.join(" ", step.edges()));
            }
            if (!found) {
                out.printf("  nothing found; saw nothing: %s%n", s.silent().stream()
                        .map(ph -> ph.name().toLowerCase(Locale.ROOT) + " (" + ph.reads() + ")").collect(Collectors.joining("; ")));
            }
        }
        out.flush();
    }

    private static void trace(List<RuleUse> trace, PrintWriter out) {
        out.printf("            rules %s%n", trace.stream()
                .map(u -> u.part().name().toLowerCase(Locale.ROOT) + "=" + u.rule()).collect(Collectors.joining(" ")));
    }

    private static boolean inside(Span a, Span sentence) {
        return a.begin() >= sentence.begin() && a.begin() <= sentence.end();
    }

    private static String list(String lead, List<Entity> es) {
        return es.isEmpty() ? "" : lead + es.stream().map(Entity::label).collect(Collectors.joining(", "));
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
