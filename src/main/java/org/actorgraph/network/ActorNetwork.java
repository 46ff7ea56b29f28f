package org.actorgraph.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actorgraph.query.PreparedQueries;
import org.actorgraph.query.QueryRunner;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * The actor network as the {@code actor-network} prepared query gives it: links between actors, heaviest first, and
 * the actors at their ends. Built only from that query, so an export holds what the explorer page draws.
 */
public record ActorNetwork(List<Actor> actors, List<Link> links) {
    public static final String QUERY = "actor-network";

    /** An actor: its IRI, name, type (Person, Organization, Country, Group or Actor) and the positions it stated. */
    public record Actor(String iri, String name, String type, int positions) {}

    /**
     * A link: met (undirected: took part in the same event), addressed or targeted (from the position's speaker);
     * weight is the number of articles behind it, items the number of positions or events.
     */
    public record Link(Actor source, Actor target, String relation, int weight, int items, String stances) {
        public boolean directed() {
            return !relation.equals("met");
        }
    }

    public ActorNetwork {
        actors = List.copyOf(actors);
        links = List.copyOf(links);
    }

    /** Runs the query with the filter's parameters on {@code dataset}. */
    public static ActorNetwork read(Dataset dataset, NetworkFilter filter) {
        return read(new QueryRunner(PreparedQueries.load()), dataset, filter);
    }

    public static ActorNetwork read(QueryRunner runner, Dataset dataset, NetworkFilter filter) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (QuerySolution row : runner.select(dataset, QUERY, filter.params())) {
            Actor source = actors.computeIfAbsent(iri(row, "source"), iri -> actor(row, iri, "source"));
            Actor target = actors.computeIfAbsent(iri(row, "target"), iri -> actor(row, iri, "target"));
            links.add(new Link(source, target, text(row, "relation"), number(row, "weight"), number(row, "items"),
                    text(row, "stances")));
        }
        return new ActorNetwork(new ArrayList<>(actors.values()), links);
    }

    private static Actor actor(QuerySolution row, String iri, String end) {
        String name = text(row, end + "Name");
        return new Actor(iri, name.isEmpty() ? iri : name, text(row, end + "Type"), number(row, end + "Positions"));
    }

    private static String iri(QuerySolution row, String var) {
        return row.getResource(var).getURI();
    }

    private static String text(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : "";
    }

    private static int number(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getInt() : 0;
    }
}
