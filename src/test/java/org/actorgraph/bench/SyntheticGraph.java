package org.actorgraph.bench;

import org.actorgraph.article.Article;
import org.actorgraph.model.Entity;
import org.actorgraph.model.EntityKind;
import org.actorgraph.model.Event;
import org.actorgraph.model.EventKind;
import org.actorgraph.model.Position;
import org.actorgraph.model.Span;
import org.actorgraph.model.Stance;
import org.actorgraph.extract.SyntheticExtractions;
import org.actorgraph.graph.ArticleGraphMapper;
import org.actorgraph.graph.Iris;
import org.actorgraph.graph.OntologyFiles;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic ActorGraph store as N-Quads: one named graph per article, made by the converter's own graph
 * mapper from hand-built extractions, so the layout is the one converted articles have. Actors are drawn with a
 * Zipf (power-law) popularity, so a few actors appear in many articles and most in few, as in news. The first
 * graphs are checked against the SHACL shapes.
 */
public final class SyntheticGraph {
    /** What was written, and values from it to give parameterised queries. */
    public record Summary(long articles, long quads, int actors, String topActorSurname, String typicalActorLabel,
                   String positionIri, String topicLabel) {}

    private static final int CHECKED_GRAPHS = 25;

    private final Random random;
    private final Iris iris = new Iris();
    private final ArticleGraphMapper mapper = new ArticleGraphMapper(iris);
    private final List<String> topicIris = new ArrayList<>();
    private final List<String> topicLabels = new ArrayList<>();
    private final List<Entity> countries = new ArrayList<>();
    private final List<Entity> places = new ArrayList<>();
    private final List<Entity> orgs = new ArrayList<>();
    private final List<Entity> actors = new ArrayList<>();
    private double[] cumulative;

    public SyntheticGraph(long seed) {
        random = new Random(seed);
        Model topics = OntologyFiles.topics();
        List<Resource> concepts = topics.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        concepts.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource c : concepts) {
            topicIris.add(c.getURI());
            topicLabels.add(c.getProperty(SKOS.prefLabel).getString());
        }
    }

    private void buildActors(int count) {
        for (String c : Names.COUNTRIES) {
            countries.add(SyntheticExtractions.entity(EntityKind.COUNTRY, Names.key(c), c, List.of(), List.of(), List.of(), null));
        }
        for (String city : Names.CITIES) {
            places.add(SyntheticExtractions.entity(EntityKind.PLACE, Names.key(city), city, List.of(), List.of(), List.of(),
                    countries.get(random.nextInt(countries.size()))));
        }
        Set<String> orgNames = new LinkedHashSet<>();
        while (orgNames.size() < Math.max(40, count / 20)) {
            String name = Names.pick(random, Names.ORG_THEMES) + " " + Names.pick(random, Names.ORG_KINDS);
            if (orgNames.size() >= Names.ORG_THEMES.size() * Names.ORG_KINDS.size() / 2) {
                name = name + " of " + Names.pick(random, Names.COUNTRIES) + (orgNames.size() > 1000 ? " " + orgNames.size() : "");
            }
            orgNames.add(name);
        }
        for (String o : orgNames) {
            orgs.add(SyntheticExtractions.entity(EntityKind.ORGANIZATION, Names.key(o), o, List.of(), List.of(), List.of(),
                    random.nextInt(3) == 0 ? countries.get(random.nextInt(countries.size())) : null));
        }
        // Countries and organisations speak too; people are most actors.
        actors.addAll(countries);
        actors.addAll(orgs);
        Set<String> people = new LinkedHashSet<>();
        int n = 0;
        while (actors.size() < count) {
            String first = Names.pick(random, Names.FIRST);
            String last = Names.pick(random, Names.LAST);
            String label = first + " " + last;
            if (!people.add(label)) {
                label = first + " " + (char) ('A' + n % 26) + ". " + last + (n >= 26 * 1600 ? "-" + n : "");
                if (!people.add(label)) { n++; continue; }
            }
            n++;
            Entity country = countries.get(random.nextInt(countries.size()));
            List<Entity> member = random.nextInt(3) == 0 ? List.of(orgs.get(random.nextInt(orgs.size()))) : List.of();
            actors.add(SyntheticExtractions.entity(EntityKind.PERSON, Names.key(label), label, List.of(last),
                    List.of(Names.pick(random, Names.TITLES)), member, country));
        }
        // Popularity by shuffled rank: rank r is drawn with weight 1/r.
        java.util.Collections.shuffle(actors, random);
        cumulative = new double[actors.size()];
        double sum = 0;
        for (int r = 0; r < actors.size(); r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
    }

    private Entity popularActor() {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return actors.get(i >= 0 ? i : -i - 1);
    }

    /** Writes article graphs to {@code file} until at least {@code targetQuads} quads are written. */
    public Summary write(Path file, long targetQuads) throws IOException {
        // About 160 quads an article; one actor for every two articles, at least 2,000.
        int actorCount = (int) Math.max(2000, targetQuads / 320);
        buildActors(actorCount);
        Shapes shapes = OntologyFiles.shapes();
        long quads = 0;
        long articles = 0;
        String positionIri = null;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            stream.start();
            while (quads < targetQuads) {
                articles++;
                Model graph = mapper.map(article(articles));
                String articleIri = iris.article(id(articles));
                if (articles <= CHECKED_GRAPHS && !ShaclValidator.get().validate(shapes, graph.getGraph()).conforms()) {
                    throw new IllegalStateException("synthetic article graph " + articleIri + " does not conform to the shapes");
                }
                if (positionIri == null) positionIri = iris.position(articleIri, 1);
                var g = NodeFactory.createURI(articleIri);
                var it = graph.getGraph().find();
                while (it.hasNext()) {
                    stream.quad(Quad.create(g, it.next()));
                    quads++;
                }
            }
            stream.finish();
        }
        return new Summary(articles, quads, actors.size(), surname(actors.get(0)), actors.get(actors.size() / 2).label(),
                positionIri, topicLabels.get(0));
    }

    private static String surname(Entity e) {
        String label = e.label();
        return e.kind() == EntityKind.PERSON ? label.substring(label.lastIndexOf(' ') + 1) : label;
    }

    private static String id(long n) {
        return String.format("bench-%07d", n);
    }

    private org.actorgraph.model.ArticleExtraction article(long n) {
        StringBuilder text = new StringBuilder();
        Set<Entity> named = new LinkedHashSet<>();
        List<Position> positions = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        int positionCount = 3 + random.nextInt(5);
        for (int i = 0; i < positionCount; i++) {
            Entity speaker = popularActor();
            Entity other = popularActor();
            if (other == speaker) other = countries.get(random.nextInt(countries.size()));
            int sentenceStart = text.length();
            String name = speaker.kind() == EntityKind.PERSON && !speaker.titles().isEmpty()
                    ? speaker.titles().iterator().next() + " " + speaker.label() : speaker.label();
            text.append(name).append(' ');
            String cue = Names.pick(random, Names.SAY);
            int cueStart = text.length();
            text.append(cue);
            Span cueSpan = new Span(cueStart, text.length());
            text.append(" that ");
            int contentStart = text.length();
            text.append(String.format(Names.pick(random, Names.CONTENT), other.label()));
            Span content = new Span(contentStart, text.length());
            text.append(". ");
            Span sentence = new Span(sentenceStart, text.length() - 1);
            List<String> topics = List.of(topicIris.get(random.nextInt(topicIris.size())));
            Stance stance = Stance.values()[random.nextInt(3)];
            boolean addressed = random.nextInt(4) == 0;
            positions.add(SyntheticExtractions.position(speaker, cue.split(" ")[0].replaceAll("ed$|d$", ""), cueSpan,
                    content, sentence, 0.5 + random.nextInt(50) / 100.0, stance, topics,
                    addressed ? List.of(other) : List.of(), addressed ? List.of() : List.of(other)));
            named.add(speaker);
            named.add(other);
            // Filler sentences keep the article near seed length.
            text.append("Officials in ").append(Names.pick(random, Names.CITIES))
                    .append(" declined to comment on the details, and observers expect further statements in the coming days. ");
        }
        int eventCount = random.nextInt(3);
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(n % 2000);
        for (int i = 0; i < eventCount; i++) {
            Entity a = popularActor();
            Entity b = popularActor();
            Entity place = places.get(random.nextInt(places.size()));
            int start = text.length();
            text.append(a.label()).append(" met ");
            int trigger = start + a.label().length() + 1;
            text.append(b.label()).append(" in ").append(place.label()).append(" on ").append(date.getDayOfWeek()).append(". ");
            Set<Entity> participants = new LinkedHashSet<>(List.of(a, b));
            boolean meeting = random.nextInt(4) != 0;
            events.add(SyntheticExtractions.event(meeting ? EventKind.MEETING : EventKind.SPEECH,
                    meeting ? "meeting" : "speech", new Span(trigger, trigger + 3), new Span(start, text.length() - 1),
                    0.6 + random.nextInt(40) / 100.0, participants, place, date.minusDays(random.nextInt(3)).toString(),
                    random.nextInt(5) == 0 ? "PT" + (1 + random.nextInt(5)) + "H" : null, random.nextInt(6) == 0));
            named.addAll(participants);
            named.add(place);
        }
        Article article = new Article(id(n), text.toString().strip(), "Synthetic report " + n, date,
                "https://news.example.org/" + id(n), "Example " + Names.pick(random, Names.CITIES) + " Times", id(n));
        return SyntheticExtractions.extraction(article, new ArrayList<>(named), positions, events);
    }
}
