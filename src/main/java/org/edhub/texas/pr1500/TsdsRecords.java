package org.edhub.texas.pr1500;


/** Receives the PR1500 records of a TSDS interchange as they are read, one at a time. */
public interface TsdsRecords {
    default void staff(StaffRecord record) {
    }

    default void responsibility(Responsibility record) {
    }

    default void enrollment(Enrollment record) {
    }
}
