package org.edhub.kentucky.validation;

import static org.edhub.kentucky.validation.DecisionTable.clear;
import static org.edhub.kentucky.validation.DecisionTable.error;
import static org.edhub.kentucky.validation.DecisionTable.outOfField;

import java.util.List;

import org.edhub.kentucky.validation.DecisionTable.Rule;

/**
 * The Case Load validation (spec: one result per case manager of the CASELOAD report), first rule that applies
 * deciding: Error for case manager 0, the EPSB ID errors and No Staff Record Found as for courses; Out of Field for
 * a disability the case manager holds no permission for; a warning over the configured limit; else Clear.
 */
public final class CaseloadValidation {
    public static final DecisionTable<CaseloadCase> TABLE = new DecisionTable<>(List.of(
            error(1, c -> CaseloadCase.NO_CASE_MANAGER.equals(c.caseManagerId()), "No Case Manager Assigned",
                    Fixes.CASELOAD_NO_CASE_MANAGER),
            error(2, c -> c.epsbId() == null, "No EPSB ID Provided", Fixes.CASELOAD_NO_EPSB_ID),
            error(3, c -> !c.knownEpsb(), "Invalid EPSB ID", Fixes.CASELOAD_INVALID_EPSB_ID),
            error(4, c -> !c.staffRecord(), "No Staff Record Found", Fixes.CASELOAD_NO_STAFF_RECORD),
            outOfField(5, c -> !c.uncoveredPopulations().isEmpty(), c -> "Educator does not have permission for ("
                    + String.join(", ", c.uncoveredPopulations()) + ")", Fixes.CASELOAD_POPULATION),
            new Rule<>(6, CaseloadCase::overLimit, ValidationCategory.WARNING,
                    c -> "Caseload of " + c.studentCount() + " exceeds the limit of " + c.limit(), c -> Fixes.CASELOAD_OVER_LIMIT),
            clear(7, c -> true, "Cleared")),
            CaseloadCase::detail);

    private CaseloadValidation() {
    }

    public static ValidationResult decide(CaseloadCase caseManager) {
        return TABLE.decide(caseManager);
    }
}
