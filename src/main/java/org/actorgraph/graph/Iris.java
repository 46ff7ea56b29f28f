package org.actorgraph.graph;

import org.actorgraph.model.Entity;
import org.actorgraph.model.NameKeys;
import org.actorgraph.vocabulary.AG;

/** Mints the readable, deterministic IRIs of ActorGraph nodes under a configurable base. */
public final class Iris {
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public Iris() {
        this(AG.DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The article's IRI, which also names the graph holding what was read from it. */
    public String article(String id) {
        return base + "article/" + NameKeys.slug(id);
    }

    /**
     * An entity known by name gets one IRI in every article; one known only by a title or as an unnamed group gets one
     * under its article.
     */
    public String entity(Entity e) {
        String kind = switch (e.kind()) {
            case PERSON -> "person";
            case ORGANIZATION -> "organization";
            case COUNTRY -> "country";
            case PLACE -> "place";
            case GROUP -> "group";
        };
        return e.scope() == null ? base + kind + "/" + e.key() : article(e.scope()) + "/" + kind + "/" + e.key();
    }

    public String position(String articleIri, int n) {
        return articleIri + "/position/" + n;
    }

    public String event(String articleIri, int n) {
        return articleIri + "/event/" + n;
    }

    /** NIF-style fragment for a character span of the article. */
    public String mention(String articleIri, int begin, int end) {
        return articleIri + "#char=" + begin + "," + end;
    }
}
