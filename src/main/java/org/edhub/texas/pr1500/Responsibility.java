package org.edhub.texas.pr1500;

/**
 * One StaffResponsibilitiesExtension (30090) record.
 *
 * @param students NUMBER-STUDENTS-IN-CLASS (E0170), null when absent
 */
public record Responsibility(String file, long line, String districtId, String staffId, String campusId, String role,
                             String serviceId, String classId, String populationServed, Integer students) {
}
