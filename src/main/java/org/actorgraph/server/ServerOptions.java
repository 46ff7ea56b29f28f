package org.actorgraph.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a served endpoint may do beyond answering queries, and the limits it answers them within.
 *
 * @param allowService  let queries call other endpoints with SERVICE (off: an open endpoint makes no outbound calls)
 * @param allowUpdate   accept SPARQL Update and Graph Store writes; needs {@code passwordFile}
 * @param passwordFile  users and passwords for HTTP basic authentication of writes, or null
 * @param queryTimeout  longest a query may run
 * @param maxRows       most result rows a query may return
 */
public record ServerOptions(boolean allowService, boolean allowUpdate, Path passwordFile, Duration queryTimeout, long maxRows) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public static ServerOptions defaults() {
        return new ServerOptions(false, false, null, DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    public ServerOptions withAllowService(boolean allow) {
        return new ServerOptions(allow, allowUpdate, passwordFile, queryTimeout, maxRows);
    }
}
