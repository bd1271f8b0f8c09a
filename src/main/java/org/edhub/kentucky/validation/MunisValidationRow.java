package org.edhub.kentucky.validation;

/** A row of LEAD_Munis_Validations: an uploaded EERP row and the result of the Munis validation. */
public record MunisValidationRow(EerpRow row, ValidationResult result) {
}
