package org.edhub.hub.operations;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Where operator alerts go, in the hub's health ({@code alerts}): UP either way, since the hub works without them, but
 * with no address configured its details say that they go nowhere.
 */
@Component("alerts")
public class AlertsHealth implements HealthIndicator {
    private final OperatorSettings settings;

    public AlertsHealth(OperatorSettings settings) {
        this.settings = settings;
    }

    @Override
    public Health health() {
        if (!settings.alerts()) {
            return Health.up().withDetail("alertTo", "none: alerts go nowhere (edhub.operator.alert-to)").build();
        }
        return Health.up().withDetail("alertTo", settings.recipients())
                .withDetail("sftpUnreachableAfter", settings.sftpUnreachableAfter().toString()).build();
    }
}
