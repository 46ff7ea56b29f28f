package org.actorgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.actorgraph.link.Disambiguator;
import org.actorgraph.link.LinkException;
import org.actorgraph.link.LinkOutcome;
import org.actorgraph.link.LinkVocabulary;
import org.actorgraph.link.Linker;
import org.actorgraph.link.ResponseCache;
import org.actorgraph.link.SparqlHttpClient;
import org.actorgraph.store.ActorStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph link}: links the store's actors and places to Wikidata items. */
@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = {
            "Links actors and places that have no Wikidata link yet to Wikidata items, looked up by name and type "
                + "at a SPARQL endpoint and checked against their country and titles.",
            "Links go to the named graph " + LinkVocabulary.LINKS_GRAPH + " with their score and provenance. "
                + "Answers are cached on disk, so a second run sends only new lookups."
        })
public class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = LinkVocabulary.WIKIDATA_ENDPOINT,
            description = {"SPARQL endpoint with Wikidata's data model.", "Default: ${DEFAULT-VALUE}"})
    String endpoint;

    @Option(names = "--cache", paramLabel = "FILE",
            description = {"JSON file keeping the endpoint's answers.", "Default: DIR-wikidata-cache.json beside the store"})
    Path cache;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "" + Disambiguator.DEFAULT_MIN_SCORE,
            description = {"Lowest score a link may have, " + Disambiguator.LOWEST_MIN_SCORE + " to 1.0.",
                    "Default: ${DEFAULT-VALUE}"})
    double minScore;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = {"Longest wait for one answer from the endpoint.", "Default: ${DEFAULT-VALUE}"})
    int timeoutSeconds;

    @Override
    public Integer call() {
        URI uri = endpointUri();
        Disambiguator disambiguator;
        try {
            disambiguator = new Disambiguator(minScore);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path storeDir = storeOption.store().toAbsolutePath().normalize();
        Path cacheFile = cache != null ? cache : storeDir.resolveSibling(storeDir.getFileName() + "-wikidata-cache.json");
        SparqlHttpClient client = new SparqlHttpClient(uri, Duration.ofSeconds(timeoutSeconds));
        long startNanos = System.nanoTime();
        try (ActorStore store = ActorStore.open(StoreOption.existing(storeDir))) {
            Linker linker = new Linker(client, ResponseCache.open(cacheFile), disambiguator);
            Linker.Report report = linker.run(store.dataset(), o -> err.println(o.describe()));
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            err.printf(Locale.ROOT, "Linked %d of %d entities to Wikidata (%d ambiguous, %d below %.2f, %d without "
                            + "a match) in %.1f s; %d lookups: %d from cache %s, %d sent to %s%n",
                    report.linked(), report.lookups(), report.withStatus(LinkOutcome.Status.AMBIGUOUS),
                    report.withStatus(LinkOutcome.Status.BELOW_THRESHOLD), disambiguator.minScore(),
                    report.withStatus(LinkOutcome.Status.NO_MATCH), seconds, report.lookups(), report.fromCache(),
                    cacheFile, report.sent(), uri);
            err.flush();
        } catch (LinkException e) {
            err.println("actorgraph link: " + e.getMessage() + "; the store was not changed");
            err.flush();
            return ActorGraphCommand.EXIT_FAILURE;
        }
        return ActorGraphCommand.EXIT_OK;
    }

    private URI endpointUri() {
        try {
            URI uri = new URI(endpoint.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--endpoint must be an http or https URL, got '" + endpoint + "'");
    }
}
