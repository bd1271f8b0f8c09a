package org.edhub.kentucky.validation;

import java.util.List;

/**
 * What the Munis validation looks at for one row of the EERP upload file.
 *
 * @param staffRecord     an active District Employment record for the school year
 * @param jobClass        the row's Munis job class
 * @param cleared         the LEAD team's clearance of this job class for the educator and year is on file
 * @param functionGranted an active credential grants the job class's job function
 * @param credentials     the educator's active credentials, for the detail
 */
public record MunisCase(EerpRow row, boolean knownEpsb, boolean staffRecord, ValidationReference.JobClass jobClass,
                        boolean cleared, boolean functionGranted, List<String> credentials) {

    public MunisCase {
        credentials = List.copyOf(credentials);
    }

    public boolean manualClearance() {
        return jobClass != null && jobClass.manualClearance();
    }

    public String jobFunction() {
        return jobClass == null ? null : jobClass.jobFunction();
    }

    public String detail() {
        return "Job class " + row.jobClassCode() + (jobClass == null ? "" : " " + jobClass.name()) + "; job function: "
                + (jobFunction() == null ? "(none)" : jobFunction()) + "; active credentials: "
                + (credentials.isEmpty() ? "none" : String.join(", ", credentials));
    }
}
