package org.edhub.texas.bench;

/** The TSDS records as the PEIMS interchanges carry them (the element paths of texas-pr1500.md). */
final class TxXml {
    static final String NAMESPACE = "http://www.tea.state.tx.us/tsds";

    private TxXml() {
    }

    static String open(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + root + " xmlns=\"" + NAMESPACE + "\">\n";
    }

    static String close(String root) {
        return "</" + root + ">\n";
    }

    /** A 30040 StaffExtension; {@code yearsElement} is the element that carries E0130. */
    static String staff(String uniqueId, String ssn, String first, String last, String yearsElement, String years) {
        return "  <StaffExtension id=\"STF" + uniqueId + "\">\n"
                + "    <StaffUniqueStateId>" + uniqueId + "</StaffUniqueStateId>\n"
                + "    <StaffIdentificationCode IdentificationSystem=\"State\"><ID>" + ssn + "</ID></StaffIdentificationCode>\n"
                + "    <Name><FirstName>" + first + "</FirstName><LastSurname>" + last + "</LastSurname></Name>\n"
                + "    <" + yearsElement + ">" + years + "</" + yearsElement + ">\n"
                + "  </StaffExtension>\n";
    }

    /** A 30090 StaffResponsibilitiesExtension. */
    static String responsibility(String district, String uniqueId, String campus, String role, String service,
                                 String section, String population, int students) {
        return "  <StaffResponsibilitiesExtension>\n"
                + "    <TX-LEAReference><EducationalOrgIdentity><StateOrganizationId>" + district
                + "</StateOrganizationId></EducationalOrgIdentity></TX-LEAReference>\n"
                + "    <TX-StaffReference><StaffIdentity><StaffUniqueStateId>" + uniqueId
                + "</StaffUniqueStateId></StaffIdentity></TX-StaffReference>\n"
                + "    <TX-SchoolReference><EducationalOrgIdentity><StateOrganizationId>" + campus
                + "</StateOrganizationId></EducationalOrgIdentity></TX-SchoolReference>\n"
                + "    <TX-StaffRole>" + role + "</TX-StaffRole>\n"
                + "    <TX-ServiceId>" + service + "</TX-ServiceId>\n"
                + "    <TX-UniqueSectionCode>" + section + "</TX-UniqueSectionCode>\n"
                + "    <TX-PopulationServed>" + population + "</TX-PopulationServed>\n"
                + "    <TX-NumberOfStudentsInClass>" + students + "</TX-NumberOfStudentsInClass>\n"
                + "  </StaffResponsibilitiesExtension>\n";
    }

    /** A 40110 StudentSchoolAssociationExtension. */
    static String enrollment(String studentId, String campus, String grade) {
        return "  <StudentSchoolAssociationExtension>\n"
                + "    <StudentReference><StudentIdentity><StudentUniqueStateId>" + studentId
                + "</StudentUniqueStateId></StudentIdentity></StudentReference>\n"
                + "    <SchoolReference><EducationalOrgIdentity><StateOrganizationId>" + campus
                + "</StateOrganizationId></EducationalOrgIdentity></SchoolReference>\n"
                + "    <TX-GradeLevel>" + grade + "</TX-GradeLevel>\n"
                + "  </StudentSchoolAssociationExtension>\n";
    }
}
