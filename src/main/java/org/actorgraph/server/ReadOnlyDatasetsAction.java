package org.actorgraph.server;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.ctl.ActionContainerItem;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code /$/datasets}: the dataset descriptions the Fuseki UI reads to find the query endpoint. Unlike Fuseki's
 * admin module it cannot create, replace or delete datasets; ActorGraph's data changes only through its own commands.
 */
final class ReadOnlyDatasetsAction extends ActionContainerItem {

    @Override
    public void validate(HttpAction action) {}

    @Override
    protected JsonValue execGetContainer(HttpAction action) {
        JsonBuilder builder = new JsonBuilder();
        builder.startObject("datasets");
        builder.key("datasets");
        JsonDescription.arrayDatasets(builder, action.getDataAccessPointRegistry());
        builder.finishObject("datasets");
        return builder.build();
    }

    @Override
    protected JsonValue execGetItem(HttpAction action) {
        String name = getItemDatasetName(action);
        DataAccessPoint dap = getItemDataAccessPoint(action, name);
        if (dap == null) {
            ServletOps.errorNotFound("No dataset " + name);
        }
        JsonBuilder builder = new JsonBuilder();
        JsonDescription.describe(builder, dap);
        return builder.build();
    }

    @Override
    protected JsonValue execPostContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST", "ActorGraph datasets are read-only");
        return null;
    }

    @Override
    protected JsonValue execPostItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("POST", "ActorGraph datasets are read-only");
        return null;
    }

    @Override
    protected void execDeleteItem(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE", "ActorGraph datasets are read-only");
    }

    @Override
    protected void execDeleteContainer(HttpAction action) {
        ServletOps.errorMethodNotAllowed("DELETE", "ActorGraph datasets are read-only");
    }
}
