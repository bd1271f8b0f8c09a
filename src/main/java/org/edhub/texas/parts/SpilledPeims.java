package org.edhub.texas.parts;

import org.edhub.texas.pr1500.CountingRules;
import org.edhub.texas.pr1500.Enrollment;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.Responsibility;
import org.edhub.texas.pr1500.StaffRecord;
import org.edhub.texas.pr1500.TsdsRecords;

/**
 * What one PEIMS interchange gives the count, as it streams by: campuses (their levels from the enrollments, whether
 * staffed) stay in the campus facts, a few thousand at most; staff records and teacher-of-record classes go to the
 * part of their teacher.
 */
final class SpilledPeims implements TsdsRecords {
    private final PeimsFacts campuses;
    private final PartFiles.Writers<StaffRecord> staff;
    private final PartFiles.Writers<PeimsFacts.TeacherClass> taught;

    SpilledPeims(PeimsFacts campuses, PartFiles files, int source) {
        this.campuses = campuses;
        this.staff = files.writers(PartRecords.STAFF, source);
        this.taught = files.writers(PartRecords.TAUGHT, source);
    }

    @Override
    public void staff(StaffRecord record) {
        staff.write(record.uniqueId(), record);
    }

    @Override
    public void enrollment(Enrollment e) {
        campuses.enrollment(e);
    }

    @Override
    public void responsibility(Responsibility r) {
        campuses.staffed(r);
        if (!CountingRules.isTeacherOfRecord(r)) return;
        taught.write(r.staffId(), PeimsFacts.TeacherClass.of(r));
    }

    /** Closes the part files, once the interchange is read. */
    void finish() {
        staff.finish();
        taught.finish();
    }
}
