package org.actorgraph.server;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for browser pages served elsewhere (YASGUI, notebooks): Fuseki's CORS filter with the origins
 * the user allowed. Methods and headers are Fuseki's own defaults; credentials are never shared across origins, so a
 * foreign page cannot borrow a user's login to the write endpoints.
 */
final class CorsFilter extends CrossOriginFilter {
    private final Map<String, String> params = new LinkedHashMap<>();

    CorsFilter(List<String> origins) {
        params.put(ALLOWED_ORIGINS_PARAM, String.join(",", origins));
        params.put(ALLOWED_METHODS_PARAM, "GET,POST,PUT,DELETE,HEAD,OPTIONS,PATCH");
        params.put(ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization");
        // The row-cap header is ActorGraph's; a page can only see it when it is exposed.
        params.put(EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,"
                + "Last-Modified,Pragma," + LimitedQueryService.ROW_CAP_HEADER);
        params.put(ALLOW_CREDENTIALS_PARAM, "false");
        params.put(CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config == null ? "cors" : config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config == null ? null : config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return params.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(params.keySet());
            }
        });
    }
}
