package org.edhub.core.page;

/**
 * A run as a state program's page shows it (the page header links to its district, year and run).
 *
 * @param districtLabel the district's name and id, e.g. {@code Lone Star Sample ISD (099902)}
 */
public record ShownRun(long id, String districtId, String districtLabel, String schoolYear, String program) {

    /** The district as the page header shows it. */
    public ShownDistrict district() {
        return new ShownDistrict(districtId, districtLabel);
    }

    /** A run's district as a page shows it. */
    public record ShownDistrict(String id, String label) {
    }
}
