package org.edhub.hub.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the hub keeps the inputs districts dropped (they hold SSNs) and its runs' folders: through the school year
 * they are for and {@code yearsAfter} more (default one: a 2024-2025 file is deleted after June 30, 2026), checked every
 * {@code checkEvery}. The demo profile turns it off, its samples being of a school year long past.
 */
@ConfigurationProperties("edhub.retention")
public record RetentionSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1") int yearsAfter,
                                @DefaultValue("1d") Duration checkEvery) {
}
