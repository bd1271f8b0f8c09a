package org.edhub.parse.texas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edhub.compute.pr1500.Enrollment;
import org.edhub.compute.pr1500.Responsibility;
import org.edhub.compute.pr1500.StaffRecord;
import org.edhub.issue.InputRejected;
import org.edhub.issue.Issues;
import org.edhub.program.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsdsReaderTest {
    static final String NS = "http://www.tea.state.tx.us/tsds";
    @TempDir
    Path dir;

    final List<StaffRecord> staff = new ArrayList<>();
    final List<Responsibility> responsibilities = new ArrayList<>();
    final List<Enrollment> enrollments = new ArrayList<>();
    final TsdsRecords sink = new TsdsRecords() {
        @Override
        public void staff(StaffRecord r) {
            staff.add(r);
        }

        @Override
        public void responsibility(Responsibility r) {
            responsibilities.add(r);
        }

        @Override
        public void enrollment(Enrollment r) {
            enrollments.add(r);
        }
    };

    InputFile file(String name, String xml) throws IOException {
        return InputFile.of(Files.writeString(dir.resolve(name), xml));
    }

    @Test
    void readsTheThreeRecordsByTheirSpecPathsWhateverTheRoot() throws IOException {
        Issues issues = new Issues();
        long n = TsdsReader.read(file("staff.xml", """
                <?xml version="1.0"?>
                <AnyInterchange xmlns="%s">
                  <StaffExtension>
                    <StaffUniqueStateId>0012345678</StaffUniqueStateId>
                    <StaffIdentificationCode><ID>012345678</ID></StaffIdentificationCode>
                    <Name><FirstName>Ann</FirstName><LastSurname>Lee</LastSurname></Name>
                    <TX-TotalYearsProfExperience>07</TX-TotalYearsProfExperience>
                  </StaffExtension>
                  <SomethingElse><StaffUniqueStateId>9</StaffUniqueStateId></SomethingElse>
                  <StaffResponsibilitiesExtension>
                    <TX-LEAReference><EducationalOrgIdentity><StateOrganizationId>012345</StateOrganizationId></EducationalOrgIdentity></TX-LEAReference>
                    <TX-StaffReference><StaffIdentity><StaffUniqueStateId>0012345678</StaffUniqueStateId></StaffIdentity></TX-StaffReference>
                    <TX-SchoolReference><EducationalOrgIdentity><StateOrganizationId>012345001</StateOrganizationId></EducationalOrgIdentity></TX-SchoolReference>
                    <TX-StaffRole>087</TX-StaffRole>
                    <TX-ServiceId>03100500</TX-ServiceId>
                    <TX-NumberOfStudentsInClass>21</TX-NumberOfStudentsInClass>
                  </StaffResponsibilitiesExtension>
                  <StudentSchoolAssociationExtension>
                    <StudentReference><StudentIdentity><StudentUniqueStateId>0000000001</StudentUniqueStateId></StudentIdentity></StudentReference>
                    <SchoolReference><EducationalOrgIdentity><StateOrganizationId>012345001</StateOrganizationId></EducationalOrgIdentity></SchoolReference>
                    <TX-GradeLevel>09</TX-GradeLevel>
                  </StudentSchoolAssociationExtension>
                </AnyInterchange>
                """.formatted(NS)), sink, issues);
        assertEquals(3, n);
        StaffRecord s = staff.get(0);
        assertEquals("0012345678", s.uniqueId());
        assertEquals("012345678", s.ssn());
        assertEquals("Lee", s.lastName());
        assertEquals(7, s.years());
        assertEquals(3, s.line());
        Responsibility r = responsibilities.get(0);
        assertEquals("012345", r.districtId());
        assertEquals("012345001", r.campusId());
        assertEquals("087", r.role());
        assertEquals("03100500", r.serviceId());
        assertEquals(21, r.students());
        assertEquals("09", enrollments.get(0).gradeLevel());
        assertEquals(0, issues.size());
    }

    @Test
    void notWellFormedXmlIsRejectedWithTheLine() throws IOException {
        InputFile f = file("broken.xml", "<?xml version=\"1.0\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension>\n</I>\n");
        InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
        assertEquals(TsdsRule.NOT_WELL_FORMED.code(), e.issue().rule());
        assertEquals("broken.xml", e.issue().file());
        assertEquals(4L, e.issue().row());
    }

    @Test
    void aRootOutsideTheTsdsNamespaceIsRejected() throws IOException {
        InputFile f = file("other.xml", "<I xmlns=\"http://example.org/x\"><StaffExtension/></I>");
        InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
        assertEquals(TsdsRule.WRONG_NAMESPACE.code(), e.issue().rule());
        assertTrue(staff.isEmpty());
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRejectedWithoutFetchingIt() throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/secret";
            InputFile f = file("xxe.xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE I SYSTEM "%s" [ <!ENTITY xxe SYSTEM "%s"> ]>
                    <I xmlns="%s"><StaffExtension><StaffUniqueStateId>&xxe;</StaffUniqueStateId></StaffExtension></I>
                    """.formatted(url, url, NS));
            InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
            assertEquals(TsdsRule.DOCTYPE.code(), e.issue().rule());
            assertEquals(2L, e.issue().row());
            assertTrue(staff.isEmpty());
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "the parser connected to fetch the entity");
        }
    }

    @Test
    void aBadNumberIsAWarningAndTheRecordIsKept() throws IOException {
        Issues issues = new Issues();
        TsdsReader.read(file("s.xml", "<I xmlns=\"" + NS + "\"><StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId>"
                + "<YearsOfPriorProfessionalExperience>ten</YearsOfPriorProfessionalExperience></StaffExtension></I>"), sink, issues);
        assertNull(staff.get(0).years());
        assertEquals(TsdsRule.BAD_NUMBER.code(), issues.all().get(0).rule());
        assertEquals("ten", issues.all().get(0).value());
    }
}
