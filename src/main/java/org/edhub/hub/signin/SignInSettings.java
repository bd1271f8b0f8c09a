package org.edhub.hub.signin;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code edhub.sign-in}: how failed sign-ins to the dashboard and the embedded SFTP server are slowed down.
 *
 * @param freeFailures   failures in a row that lock a user, or an address, out
 * @param firstLockout   the first lockout, doubled with each further failure
 * @param longestLockout the longest lockout
 */
@ConfigurationProperties("edhub.sign-in")
public record SignInSettings(@DefaultValue("5") int freeFailures,
                             @DefaultValue("30s") Duration firstLockout,
                             @DefaultValue("15m") Duration longestLockout) {

    /** The one throttle of the hub, shared by the dashboard and the embedded SFTP server. */
    @Configuration
    static class Throttle {
        @Bean
        SignInThrottle signInThrottle(SignInSettings settings) {
            return new SignInThrottle(settings.freeFailures(), settings.firstLockout(), settings.longestLockout(), Clock.systemUTC());
        }
    }
}
