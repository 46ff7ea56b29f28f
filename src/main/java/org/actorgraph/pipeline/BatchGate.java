package org.actorgraph.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.actorgraph.article.Article;
import org.actorgraph.store.ActorStore;

/**
 * Decides whether an article of the batch is converted: not when its graph would overwrite something it should not
 * (another article of the batch with its id or its graph name, or a stored graph of another article id), nor when
 * the stored graph was made from the same input. Used from the reading thread only.
 */
final class BatchGate {
    /** The gate's decision on one article. */
    sealed interface Admission {}

    record Refused(String why) implements Admission {}

    record Unchanged() implements Admission {}

    record Admitted(String digest) implements Admission {}

    private final ActorStore store;
    private final ConversionOptions options;
    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, String> idsByIri = new HashMap<>();

    BatchGate(ActorStore store, ConversionOptions options) {
        this.store = store;
        this.options = options;
    }

    /** The decision on the article whose graph is {@code iri}; reading the store may throw. */
    Admission admit(Article article, String iri) {
        if (!seenIds.add(article.id())) {
            return new Refused("duplicate article id \"" + article.id() + "\" in this batch; skipped");
        }
        // Ids are made safe for IRIs by folding them to a slug, so two different ids can meet in one graph name.
        String sameIri = idsByIri.putIfAbsent(iri, article.id());
        if (sameIri != null) {
            return new Refused("article id \"" + article.id() + "\" gives the same IRI <" + iri + "> as id \""
                    + sameIri + "\" in this batch; skipped (give it an id that differs in letters or digits)");
        }
        String digest = SourceDigest.of(article, options);
        ActorStore.StoredArticle stored = store.storedArticle(iri).orElse(null);
        if (stored != null && stored.identifier() != null && !stored.identifier().equals(article.id())) {
            return new Refused("article id \"" + article.id() + "\" gives the same IRI <" + iri
                    + "> as stored article \"" + stored.identifier() + "\"; skipped so that it is not overwritten");
        }
        if (stored != null && digest.equals(stored.digest())) return new Unchanged();
        return new Admitted(digest);
    }
}
