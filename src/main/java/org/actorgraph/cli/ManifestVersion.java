package org.actorgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar manifest at build time. */
public class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ActorGraphCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ActorGraph " + (version == null ? "(development build)" : version)};
    }
}
