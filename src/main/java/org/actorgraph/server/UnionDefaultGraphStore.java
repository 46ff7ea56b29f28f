package org.actorgraph.server;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ResponseDataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Graph Store reads in which {@code ?default} is the default graph a query sees: the union of every named graph.
 * Fuseki would return the store's own default graph, which ActorGraph leaves empty, so a client reading
 * {@code ?default} would see nothing of what {@code SELECT * { ?s ?p ?o }} finds. Named graphs read as Fuseki reads them.
 */
final class UnionDefaultGraphStore extends GSP_R {
    static final String DEFAULT_PARAM = "default";

    @Override
    protected void execGetGSP(HttpAction action) {
        if (action.getRequestParameter(DEFAULT_PARAM) == null) {
            super.execGetGSP(action);
            return;
        }
        action.beginRead();
        try {
            DatasetGraph dsg = action.getActiveDSG();
            ResponseDataset.doResponseModel(action, ModelFactory.createModelForGraph(dsg.getUnionGraph()));
        } finally {
            action.endRead();
        }
    }
}
