package org.edhub.texas.tsds;

import org.edhub.texas.pr1500.Enrollment;
import org.edhub.texas.pr1500.Responsibility;
import org.edhub.texas.pr1500.StaffRecord;

/** Receives the PR1500 records of a TSDS interchange as they are read, one at a time. */
public interface TsdsRecords {
    default void staff(StaffRecord record) {
    }

    default void responsibility(Responsibility record) {
    }

    default void enrollment(Enrollment record) {
    }
}
