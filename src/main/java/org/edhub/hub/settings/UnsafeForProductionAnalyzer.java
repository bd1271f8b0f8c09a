package org.edhub.hub.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up's failure report for {@link UnsafeForProduction}: the findings and what to do, without a stack trace. */
public class UnsafeForProductionAnalyzer extends AbstractFailureAnalyzer<UnsafeForProduction> {
    @Override
    protected FailureAnalysis analyze(Throwable root, UnsafeForProduction cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Configure the installation as deploy/application-production.yaml shows (deploy/README.md), or run the demo "
                        + "without a profile.", cause);
    }
}
