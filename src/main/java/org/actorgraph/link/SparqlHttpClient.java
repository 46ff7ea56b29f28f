package org.actorgraph.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Sends SELECT queries to a public SPARQL endpoint the way its operators ask: a User-Agent that says who is calling,
 * one request at a time, a timeout, and on 429 (or 503) a pause as long as Retry-After says before trying again.
 * Nothing is retried after a network failure: with no network the caller should stop, not hammer.
 */
public final class SparqlHttpClient implements SparqlEndpoint {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Retries after a 429 or 503 before giving up. */
    static final int MAX_RETRIES = 3;
    /** The longest pause ActorGraph accepts; a service asking for more is treated as refusing. */
    static final Duration MAX_WAIT = Duration.ofMinutes(5);
    /** Pause when a 429 or 503 comes without Retry-After, doubled on each retry. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);
    // GET lets the service cache answers; very long queries go as a form POST instead.
    private static final int MAX_GET_LENGTH = 4000;

    /** How the client waits; tests replace it to see the pause without taking it. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final URI endpoint;
    private final Duration timeout;
    private final String userAgent;
    private final Sleeper sleeper;
    private final HttpClient http;
    private int requestsSent;

    public SparqlHttpClient(URI endpoint, Duration timeout, Sleeper sleeper) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.userAgent = userAgent();
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public SparqlHttpClient(URI endpoint, Duration timeout) {
        this(endpoint, timeout, d -> Thread.sleep(d.toMillis()));
    }

    /** {@code ActorGraph/<version> (https://w3id.org/actorgraph; contact via project)}. */
    public static String userAgent() {
        String version = SparqlHttpClient.class.getPackage().getImplementationVersion();
        return "ActorGraph/" + (version == null ? "dev" : version)
                + " (https://w3id.org/actorgraph; contact via project)";
    }

    @Override
    public String url() {
        return endpoint.toString();
    }

    /** HTTP requests sent so far, retries included. */
    public synchronized int requestsSent() {
        return requestsSent;
    }

    /** Runs a SELECT query and returns the SPARQL JSON results text. Synchronized: one request at a time. */
    @Override
    public synchronized String select(String query) {
        Duration wait = DEFAULT_WAIT;
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = send(query);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
                Duration pause = retryAfter(response).orElse(wait);
                if (pause.compareTo(MAX_WAIT) > 0) {
                    throw new EndpointException("SPARQL endpoint " + endpoint + " asks to wait " + pause.toSeconds()
                            + " s before the next request (HTTP " + status + "); try again later");
                }
                pause(pause);
                wait = wait.multipliedBy(2);
                continue;
            }
            throw new EndpointException("SPARQL endpoint " + endpoint + " answered HTTP " + status
                    + firstLine(response.body()));
        }
    }

    private HttpResponse<String> send(String query) {
        String encoded = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "application/sparql-results+json");
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        if (encoded.length() <= MAX_GET_LENGTH) {
            request.uri(URI.create(endpoint + separator + encoded)).GET();
        } else {
            request.uri(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded));
        }
        requestsSent++;
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw unreachable("no connection within " + timeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw unreachable("no answer within " + timeout.toSeconds() + " s", e);
        } catch (ConnectException e) {
            throw unreachable("connection refused or no network", e);
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException("Interrupted while querying SPARQL endpoint " + endpoint, e);
        }
    }

    private EndpointException unreachable(String why, Exception cause) {
        return new EndpointException("Cannot reach SPARQL endpoint " + endpoint + ": " + why, cause);
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EndpointException("Interrupted while waiting for SPARQL endpoint " + endpoint, e);
        }
    }

    /** Retry-After as delay-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, Instant.now()));
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String firstLine(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
