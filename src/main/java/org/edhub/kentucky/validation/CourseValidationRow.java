package org.edhub.kentucky.validation;

import org.edhub.kentucky.extract.PlacedSection;

/** A row of LEAD_Course_Validations: a section, its primary teacher and the result of the course decision table. */
public record CourseValidationRow(PlacedSection placed, String personId, String epsbId, String firstName,
                                  String lastName, ValidationResult result) {
}
