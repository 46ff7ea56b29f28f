package org.actorgraph.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.actorgraph.query.QueryLimits;

/**
 * What a served endpoint may do beyond answering queries, and the limits it answers them within.
 *
 * @param allowService  let queries call other endpoints with SERVICE (off: an open endpoint makes no outbound calls)
 * @param allowUpdate   accept SPARQL Update and Graph Store writes; needs {@code passwordFile}
 * @param passwordFile  users and passwords for HTTP basic authentication of writes, or null
 * @param queryTimeout  longest a query may run
 * @param maxRows       most result rows a query may return
 * @param corsOrigins   origins whose browser pages may read the endpoint ({@code *} for any); empty for none
 */
public record ServerOptions(boolean allowService, boolean allowUpdate, Path passwordFile, Duration queryTimeout, long maxRows,
        List<String> corsOrigins) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final String ANY_ORIGIN = "*";

    public ServerOptions {
        if (allowUpdate && passwordFile == null) {
            // Writes without credentials would let anyone who can reach the port change or empty the store.
            throw new IllegalArgumentException("Updates need a password file: writes are only accepted with credentials");
        }
        if (queryTimeout == null) {
            queryTimeout = DEFAULT_TIMEOUT;
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("Query timeout must be positive, got " + queryTimeout.toMillis() + " ms");
        }
        if (maxRows <= 0) {
            throw new IllegalArgumentException("Row cap must be positive, got " + maxRows);
        }
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.equals(ANY_ORIGIN) && !origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("CORS origin must be * or scheme://host[:port] with nothing after, got '"
                        + origin + "'");
            }
        }
    }

    /** Options without cross-origin access. */
    public ServerOptions(boolean allowService, boolean allowUpdate, Path passwordFile, Duration queryTimeout, long maxRows) {
        this(allowService, allowUpdate, passwordFile, queryTimeout, maxRows, List.of());
    }

    public static ServerOptions defaults() {
        return new ServerOptions(false, false, null, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public ServerOptions withAllowService(boolean allow) {
        return new ServerOptions(allow, allowUpdate, passwordFile, queryTimeout, maxRows, corsOrigins);
    }

    /** Accepts SPARQL Update and Graph Store writes from users listed in {@code passwords}. */
    public ServerOptions withUpdate(Path passwords) {
        return new ServerOptions(allowService, true, passwords, queryTimeout, maxRows, corsOrigins);
    }

    public ServerOptions withQueryTimeout(Duration timeout) {
        return new ServerOptions(allowService, allowUpdate, passwordFile, timeout, maxRows, corsOrigins);
    }

    public ServerOptions withMaxRows(long rows) {
        return new ServerOptions(allowService, allowUpdate, passwordFile, queryTimeout, rows, corsOrigins);
    }

    /** Lets browser pages from {@code origins} read the endpoint; {@code *} for any origin, empty for none. */
    public ServerOptions withCors(List<String> origins) {
        return new ServerOptions(allowService, allowUpdate, passwordFile, queryTimeout, maxRows, origins);
    }

    public boolean cors() {
        return !corsOrigins.isEmpty();
    }

    /** The per-query limits every served query runs within. */
    public QueryLimits queryLimits() {
        return new QueryLimits(queryTimeout, maxRows, allowService);
    }
}
