package org.edhub.texas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Texas sample district with its SSNs written in every form districts send them (made-up numbers: the 900 area
 * and the 00 group are never issued). The ECOS file keys certificates by {@code 900-00-0001}, {@code 900 00 0003},
 * {@code 900.00.0004}, {@code 900000005.0}, {@code 12003457} (the SSN 012-00-3457 after a spreadsheet dropped its
 * zero) and plain nine digits, and adds rows that raise an issue about the identifier in each form. The staff
 * interchange holds the sample's plain SSNs, 012003457 for the teacher of the 8-digit row, staff records without a TX
 * Unique Staff ID whose SSN comes dashed, spaced, dotted or as {@code .0}, and SSNs put where the TX Unique Staff ID
 * goes (a staff record, and a class of a teacher with no staff record).
 */
public final class SsnFixture {
    public static final String ECOS = "099902_2018-2019_ECOS_certifications.csv";
    public static final String STAFF = "099902_2019_Fall_StaffAssociation.xml";
    public static final String STUDENTS = "099902_2019_Fall_StudentEnrollment.xml";
    /** Every SSN of the fixture, as nine digits. */
    public static final List<String> SSNS = ssns();
    private static final Path SAMPLE = Path.of("samples/tx");
    private static final Map<String, String> ECOS_KEYS = new LinkedHashMap<>();

    static {
        ECOS_KEYS.put("900000001,", "900-00-0001,");
        ECOS_KEYS.put("900000003,", "\"900 00 0003\",");
        ECOS_KEYS.put("900000004,", "900.00.0004,");
        ECOS_KEYS.put("900000005,", "900000005.0,");
        ECOS_KEYS.put("900000007,", "12003457,");
    }

    private static final String ECOS_ROWS = """
            900-00-0001,XYZ,8/1/2018,7/31/2019,"Grades (EC-6)",ALL,CGN
            "900 00 0003",STD,13/45/2018,Life,"Grades (EC-6)",ALL,CGN
            900.00.0004,STD
            12003457.0,STD,6/1/2014,1/31/2019,"Grades (EC-6)",ALL,CGN
            900000032.0,STD,6/1/2014,1/31/2019,"Grades (EC-6)",ALL,CGN
            900000033,STD,6/1/2014,1/31/2019,"Grades (All)",ALL,CGN
            900000034,STD,6/1/2014,1/31/2019,"Grades (EC-6)",ALL,CGN,extra
            """;

    private static final String STAFF_RECORDS = """
              <StaffExtension id="STF-DASHED">
                <StaffIdentificationCode IdentificationSystem="State"><ID>900-00-0028</ID></StaffIdentificationCode>
                <Name><FirstName>Dana</FirstName><LastSurname>Dash</LastSurname></Name>
              </StaffExtension>
              <StaffExtension id="STF-EXCEL">
                <StaffIdentificationCode IdentificationSystem="State"><ID>900000029.0</ID></StaffIdentificationCode>
                <Name><FirstName>Ezra</FirstName><LastSurname>Excel</LastSurname></Name>
              </StaffExtension>
              <StaffExtension id="STF-SPACED">
                <StaffIdentificationCode IdentificationSystem="State"><ID>900 00 0030</ID></StaffIdentificationCode>
                <Name><FirstName>Sam</FirstName><LastSurname>Space</LastSurname></Name>
              </StaffExtension>
              <StaffExtension id="STF-DOTTED">
                <StaffIdentificationCode IdentificationSystem="State"><ID>900.00.0035</ID></StaffIdentificationCode>
                <Name><FirstName>Dot</FirstName><LastSurname>Point</LastSurname></Name>
              </StaffExtension>
              <StaffExtension id="STF-SSN-AS-ID">
                <StaffUniqueStateId>900000031</StaffUniqueStateId>
                <StaffIdentificationCode IdentificationSystem="State"><ID>900000031</ID></StaffIdentificationCode>
                <Name><FirstName>Ida</FirstName><LastSurname>Wrongfield</LastSurname></Name>
                <YearsOfPriorProfessionalExperience>x</YearsOfPriorProfessionalExperience>
              </StaffExtension>
              <StaffResponsibilitiesExtension>
                <TX-LEAReference><EducationalOrgIdentity><StateOrganizationId>099902</StateOrganizationId></EducationalOrgIdentity></TX-LEAReference>
                <TX-StaffReference><StaffIdentity><StaffUniqueStateId>900000036</StaffUniqueStateId></StaffIdentity></TX-StaffReference>
                <TX-SchoolReference><EducationalOrgIdentity><StateOrganizationId>099902101</StateOrganizationId></EducationalOrgIdentity></TX-SchoolReference>
                <TX-StaffRole>087</TX-StaffRole>
                <TX-ServiceId>02030000</TX-ServiceId>
                <TX-UniqueSectionCode>00036</TX-UniqueSectionCode>
                <TX-PopulationServed>01</TX-PopulationServed>
                <TX-NumberOfStudentsInClass>18</TX-NumberOfStudentsInClass>
              </StaffResponsibilitiesExtension>
            """;

    private SsnFixture() {
    }

    /** The ECOS file, the staff and the student interchange, as a district drops them. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ECOS, bytes(ecos()));
        files.put(STAFF, bytes(read(SAMPLE.resolve("tx-peims").resolve(STAFF)).replace("<ID>900000007</ID>", "<ID>012003457</ID>")
                .replace("</InterchangeStaffAssociation>", STAFF_RECORDS + "</InterchangeStaffAssociation>")));
        files.put(STUDENTS, bytes(read(SAMPLE.resolve("tx-peims").resolve(STUDENTS))));
        return files;
    }

    private static String ecos() {
        StringBuilder b = new StringBuilder();
        for (String line : read(SAMPLE.resolve("tx-certifications").resolve(ECOS)).split("\r?\n")) {
            String written = line;
            for (Map.Entry<String, String> k : ECOS_KEYS.entrySet()) {
                if (line.startsWith(k.getKey())) written = k.getValue() + line.substring(k.getKey().length());
            }
            b.append(written).append("\r\n");
        }
        return b.append(ECOS_ROWS.replace("\n", "\r\n")).toString();
    }

    /**
     * Every writing of an SSN that must not be found: nine digits, with dashes, spaces or dots, with a spreadsheet's
     * {@code .0}, and for an SSN with a leading zero its eight digits (with and without {@code .0}).
     */
    public static List<String> forms(String ssn) {
        String a = ssn.substring(0, 3);
        String g = ssn.substring(3, 5);
        String s = ssn.substring(5);
        List<String> forms = new ArrayList<>(List.of(ssn, a + "-" + g + "-" + s, a + " " + g + " " + s, a + "." + g + "." + s,
                ssn + ".0"));
        if (ssn.startsWith("0")) {
            forms.add(ssn.substring(1));
            forms.add(ssn.substring(1) + ".0");
        }
        return forms;
    }

    /** The forms of every SSN of the fixture. */
    public static List<String> allForms() {
        return SSNS.stream().flatMap(s -> forms(s).stream()).toList();
    }

    private static List<String> ssns() {
        List<String> ssns = new ArrayList<>();
        for (int i = 1; i <= 36; i++) ssns.add(String.format("9000000%02d", i));
        ssns.add("012003457");
        return List.copyOf(ssns);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
