package org.edhub.kentucky.validation;

/** A row of LEAD_Caseload_Validations: a case manager (0: none active) and the result of the Case Load validation. */
public record CaseloadValidationRow(String caseManagerId, String firstName, String lastName, CaseloadCase facts,
                                    ValidationResult result) {
}
