package jakarta.servlet;

/**
 * Servlet 5's marker interface, gone from the Servlet 6 API that Fuseki needs. Spark 4's Jetty 11 (shaded inside
 * Spark) still asks for it when it builds its metrics servlet, so Spark in local mode cannot start on the test
 * classpath without it. Tests only: on a cluster Spark brings its own Servlet 5 API.
 */
@Deprecated
public interface SingleThreadModel {}
