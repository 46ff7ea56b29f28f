package org.actorgraph.link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;

/**
 * Links the unlinked actors and places of a dataset to Wikidata. Every lookup is answered from the cache when it
 * can be, so a second run sends nothing it already asked. The store is written only after every lookup succeeded:
 * a run that loses the endpoint half way changes nothing in the store (the answers it did get stay cached).
 */
public final class Linker {
    private final SparqlEndpoint endpoint;
    private final ResponseCache cache;
    private final Disambiguator disambiguator;

    /** @param cache answers kept on disk, or null to ask the endpoint every time */
    public Linker(SparqlEndpoint endpoint, ResponseCache cache, Disambiguator disambiguator) {
        this.endpoint = endpoint;
        this.cache = cache;
        this.disambiguator = disambiguator;
    }

    /** What a run did. */
    public record Report(List<LinkOutcome> outcomes, int lookups, int fromCache, int sent) {
        public long linked() {
            return outcomes.stream().filter(LinkOutcome::isLinked).count();
        }

        public long withStatus(LinkOutcome.Status status) {
            return outcomes.stream().filter(o -> o.status() == status).count();
        }
    }

    /** Links what is unlinked; {@code progress} hears about each entity as it is decided. */
    public Report run(Dataset dataset, Consumer<LinkOutcome> progress) {
        Instant started = Instant.now();
        List<LinkTarget> targets = TargetReader.unlinked(dataset);
        Map<String, String> countryQids = new HashMap<>();
        TargetReader.existingLinks(dataset).forEach((entity, item) -> countryQids.put(entity, LinkVocabulary.qid(item)));

        List<LinkOutcome> outcomes = new ArrayList<>();
        int fromCache = 0;
        int sent = 0;
        try {
            for (LinkTarget target : targets) {
                String query = WikidataLookup.query(target);
                Optional<String> cached = cache == null ? Optional.empty() : cache.get(endpoint.url(), query);
                String results;
                if (cached.isPresent()) {
                    results = cached.get();
                    fromCache++;
                } else {
                    results = endpoint.select(query);
                    sent++;
                    if (cache != null) {
                        cache.put(endpoint.url(), query, results);
                    }
                }
                List<Candidate> candidates = Candidate.parse(results, endpoint.url());
                String countryQid = target.countryIri() == null ? null : countryQids.get(target.countryIri());
                LinkOutcome outcome = disambiguator.decide(target, candidates, countryQid);
                if (outcome.isLinked() && target.kind() == TargetKind.COUNTRY) {
                    countryQids.put(target.iri(), outcome.chosen().candidate().qid());
                }
                outcomes.add(outcome);
                progress.accept(outcome);
            }
        } finally {
            // Keep what was fetched even when a later lookup fails: asking again would only load the service.
            if (cache != null) {
                cache.save();
            }
        }
        List<LinkOutcome> linked = outcomes.stream().filter(LinkOutcome::isLinked).toList();
        LinkWriter.write(dataset, linked, endpoint.url(), started, Instant.now());
        return new Report(List.copyOf(outcomes), targets.size(), fromCache, sent);
    }
}
