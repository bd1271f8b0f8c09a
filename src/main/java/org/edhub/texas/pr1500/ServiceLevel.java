package org.edhub.texas.pr1500;

/**
 * The level a service ID belongs to in the mapping table: {@code ELEM}, {@code SEC} or {@code BOTH}; the reports each
 * matches are rule 4's ({@link CountingRules#reportsOf}).
 */
public enum ServiceLevel {
    ELEM, SEC, BOTH
}
