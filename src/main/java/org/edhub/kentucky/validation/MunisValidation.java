package org.edhub.kentucky.validation;

import static org.edhub.kentucky.validation.DecisionTable.clear;
import static org.edhub.kentucky.validation.DecisionTable.error;
import static org.edhub.kentucky.validation.DecisionTable.outOfField;

import java.util.List;

/**
 * The Munis validation (spec: per uploaded row, the job class's job function must be granted by an active credential;
 * 0290 is Out of Field until a clearance row for it exists), the first rule that applies deciding.
 */
public final class MunisValidation {
    public static final DecisionTable<MunisCase> TABLE = new DecisionTable<>(List.of(
            error(1, c -> !c.knownEpsb(), "Invalid EPSB ID", Fixes.MUNIS_INVALID_EPSB_ID),
            error(2, c -> !c.staffRecord(), "No Staff Record Found", Fixes.MUNIS_NO_STAFF_RECORD),
            clear(3, c -> c.manualClearance() && c.cleared(), "Cleared (Manual clearance)"),
            outOfField(4, MunisCase::manualClearance, c -> "JobClassCode " + c.row().jobClassCode()
                    + " needs a manual clearance", Fixes.MUNIS_MANUAL_CLEARANCE),
            clear(5, MunisCase::functionGranted, "Cleared for job function"),
            outOfField(6, c -> !c.functionGranted(), c -> "Educator does not have permissions for job function ("
                    + c.jobFunction() + ")", Fixes.MUNIS_JOB_FUNCTION)),
            MunisCase::detail);

    private MunisValidation() {
    }

    public static ValidationResult decide(MunisCase row) {
        return TABLE.decide(row);
    }
}
