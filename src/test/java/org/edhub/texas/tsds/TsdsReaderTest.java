package org.edhub.texas.tsds;

import org.edhub.texas.pr1500.TsdsRecords;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.edhub.texas.pr1500.Enrollment;
import org.edhub.texas.pr1500.Responsibility;
import org.edhub.texas.pr1500.StaffRecord;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
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

    @Test
    void aNotWellFormedMessageNamesTheFileAndLineAndOnlyTheParsersExplanation() throws IOException {
        InputFile f = file("broken.xml", "<?xml version=\"1.0\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension>\n</I>\n<More/>\n");
        String message = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues())).issue().message();
        assertTrue(message.startsWith("broken.xml is not well-formed XML at line 4: "), message);
        String explanation = message.substring("broken.xml is not well-formed XML at line 4: ".length());
        assertFalse(explanation.isBlank(), message);
        for (String noise : List.of("[row,col", "ParseError", "Message:", "Exception", "com.", "javax.", "\n")) {
            assertFalse(message.contains(noise), "'" + noise + "' in: " + message);
        }
    }

    @Test
    void invalidUtf8InAFieldThatIsReadIsRejectedAsNotWellFormedWithItsLine() throws IOException {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension>\n"
                + "<Name><FirstName>Zo\u00eb</FirstName></Name>\n</StaffExtension>\n</I>\n").getBytes(StandardCharsets.ISO_8859_1);
        InputFile f = InputFile.of(Files.write(dir.resolve("latin.xml"), xml));
        InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
        assertEquals(TsdsRule.NOT_WELL_FORMED.code(), e.issue().rule());
        assertEquals(4L, e.issue().row());
        assertTrue(e.issue().message().startsWith("latin.xml is not well-formed XML at line 4: "), e.issue().message());
        assertFalse(e.issue().message().contains("Exception"), e.issue().message());
        assertTrue(staff.isEmpty());
    }

    @Test
    void aBillionLaughsDoctypeIsRejectedBeforeAnyEntityExpands() throws IOException {
        StringBuilder subset = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) subset.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        InputFile f = file("laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE I [\n" + subset + "]>\n<I xmlns=\"" + NS + "\"><StaffExtension>"
                + "<StaffUniqueStateId>1</StaffUniqueStateId><Name><FirstName>&lol9;</FirstName></Name></StaffExtension></I>\n");
        InputRejected e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues())));
        assertEquals(TsdsRule.DOCTYPE.code(), e.issue().rule());
        assertEquals(13L, e.issue().row(), "the line where the DOCTYPE declaration ends");
        assertTrue(e.issue().message().length() < 200, e.issue().message());
        assertTrue(staff.isEmpty());
    }

    @Test
    void anExternalFileEntityIsRejectedAndTheFileIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("secret");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        AtomicBoolean opened = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) { // blocks until something opens the pipe to read it
                opened.set(true);
                out.write("leaked".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException ignored) {
                // the pipe was closed by the test itself
            }
        });
        writer.start();
        for (String uri : List.of("file:///etc/passwd", fifo.toUri().toString())) {
            InputFile f = file("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"" + uri + "\">]>\n<x xmlns=\"" + NS
                    + "\"><StaffExtension><StaffUniqueStateId>&e;</StaffUniqueStateId></StaffExtension></x>\n");
            InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
            assertEquals(TsdsRule.DOCTYPE.code(), e.issue().rule());
            assertEquals(2L, e.issue().row());
            assertFalse(e.issue().message().contains("root:") || e.issue().message().contains("leaked"), e.issue().message());
        }
        writer.join(300);
        assertFalse(opened.get(), "the parser opened the entity's file");
        Files.newInputStream(fifo).close(); // lets the writer go
        writer.join();
        assertTrue(opened.get(), "the pipe shows an opening");
        assertTrue(staff.isEmpty());
    }

    @Test
    void anUndeclaredEntityInTextIsRejectedWithItsLine() throws IOException {
        InputFile f = file("entity.xml", "<?xml version=\"1.0\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId>\n"
                + "<Name><FirstName>A&foo;B</FirstName></Name>\n</StaffExtension>\n</I>\n");
        InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
        assertEquals(TsdsRule.DOCTYPE.code(), e.issue().rule());
        assertEquals(4L, e.issue().row());
        assertTrue(e.issue().message().contains("'foo'"), e.issue().message());
        assertTrue(staff.isEmpty());
    }

    @Test
    void predefinedEntitiesCharacterReferencesAndCdataAreReadAsTheirCharacters() throws IOException {
        TsdsReader.read(file("names.xml", "<I xmlns=\"" + NS + "\"><StaffExtension><StaffUniqueStateId><![CDATA[00]]>12</StaffUniqueStateId>"
                + "<Name><FirstName>O&apos;Brien</FirstName><LastSurname>A&amp;M &lt;&#233;&#x41;&gt; &quot;x&quot;</LastSurname></Name>"
                + "</StaffExtension></I>"), sink, new Issues());
        assertEquals("0012", staff.get(0).uniqueId());
        assertEquals("O'Brien", staff.get(0).firstName());
        assertEquals("A&M <\u00e9A> \"x\"", staff.get(0).lastName());
    }

    @Test
    void recordLinesAreTheLinesWhereTheirStartTagsEnd() throws IOException {
        Issues issues = new Issues();
        TsdsReader.read(file("lines.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- a comment
                     over two lines -->

                <Interchange
                    xmlns="%s">
                  <StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId></StaffExtension>
                  <StaffExtension
                      id="two"><StaffUniqueStateId>2</StaffUniqueStateId>
                  </StaffExtension><StaffExtension><StaffUniqueStateId>3</StaffUniqueStateId></StaffExtension>
                  <Other><![CDATA[
                  ]]></Other>
                  <StudentSchoolAssociationExtension>
                    <StudentReference><StudentIdentity><StudentUniqueStateId>9</StudentUniqueStateId></StudentIdentity></StudentReference>
                    <SchoolReference><EducationalOrgIdentity><StateOrganizationId>012345001</StateOrganizationId></EducationalOrgIdentity></SchoolReference>
                    <TX-GradeLevel>09</TX-GradeLevel>
                  </StudentSchoolAssociationExtension>
                  <StaffExtension><StaffUniqueStateId>4</StaffUniqueStateId></StaffExtension>
                </Interchange>
                """.formatted(NS)), sink, issues);
        assertEquals(List.of(7L, 9L, 10L, 18L), staff.stream().map(StaffRecord::line).toList());
        assertEquals(13L, enrollments.get(0).line());
        assertEquals(0, issues.size());
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId>"
                + "<Name><FirstName>Zo\u00eb</FirstName><LastSurname>Pe\u00f1a \u4e2d</LastSurname></Name></StaffExtension>\n</I>\n";
        InputFile f = InputFile.of(Files.write(dir.resolve("utf16.xml"), xml.getBytes(StandardCharsets.UTF_16)));
        assertEquals((byte) 0xFE, Files.readAllBytes(f.path())[0], "written with a byte order mark");
        TsdsReader.read(f, sink, new Issues());
        assertEquals("Zo\u00eb", staff.get(0).firstName());
        assertEquals("Pe\u00f1a \u4e2d", staff.get(0).lastName());
        assertEquals(3L, staff.get(0).line());
    }

    @Test
    void aWindows1252FileIsReadInTheEncodingItsDeclarationNames() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId>"
                + "<Name><FirstName>Ren\u00e9e</FirstName><LastSurname>O\u2019Brien\u2013Pe\u00f1a</LastSurname></Name></StaffExtension>\n</I>\n";
        InputFile f = InputFile.of(Files.write(dir.resolve("cp1252.xml"), xml.getBytes(Charset.forName("windows-1252"))));
        TsdsReader.read(f, sink, new Issues());
        assertEquals("Ren\u00e9e", staff.get(0).firstName());
        assertEquals("O\u2019Brien\u2013Pe\u00f1a", staff.get(0).lastName());
        assertEquals(3L, staff.get(0).line());
    }

    @Test
    void aaltoReadsUtf8AsciiAndLatin1FilesAndTheJdksParserAnyOtherEncoding() throws IOException {
        String body = "<I xmlns=\"" + NS + "\"/>";
        assertTrue(TsdsReader.aaltoReads(file("plain.xml", body)));
        for (String encoding : List.of("UTF-8", "utf8", "US-ASCII", "ISO-8859-1", "latin1")) {
            assertTrue(TsdsReader.aaltoReads(file("a.xml", "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>" + body)), encoding);
        }
        assertTrue(TsdsReader.aaltoReads(InputFile.of(Files.write(dir.resolve("bom.xml"), ("\uFEFF" + body).getBytes(StandardCharsets.UTF_8)))));
        for (String encoding : List.of("UTF-16", "UTF-16LE", "windows-1252", "IBM037")) {
            String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>" + body;
            InputFile f = InputFile.of(Files.write(dir.resolve("b.xml"), xml.getBytes(Charset.forName(encoding))));
            assertFalse(TsdsReader.aaltoReads(f), encoding);
        }
        assertFalse(TsdsReader.aaltoReads(file("c.xml", "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?>" + body)));
    }

    @Test
    void manyAttributesOnOneElementAreRejectedWithTheirLineInsteadOfTyingTheReaderUp() throws IOException {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < 200_000; i++) attributes.append(" a").append(i).append("=\"x\"");
        InputFile f = file("attrs.xml", "<?xml version=\"1.0\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension\n"
                + attributes + "/>\n</I>\n");
        long start = System.nanoTime();
        InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()));
        assertEquals(TsdsRule.NOT_WELL_FORMED.code(), e.issue().rule());
        assertEquals(3L, e.issue().row(), "the line where the element starts");
        assertTrue(e.issue().message().startsWith("attrs.xml has more than 65536 bytes without markup"), e.issue().message());
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "stopped at the limit, not after parsing the element");
    }

    @Test
    void aHugeTextIsRejectedWhetherAaltoOrTheJdksParserReadsIt() throws IOException {
        String huge = "x".repeat(MarkupLimit.LIMIT + 1);
        for (String encoding : List.of("UTF-8", "UTF-16")) {
            String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<I xmlns=\"" + NS + "\">\n<StaffExtension>"
                    + "<Name><FirstName>" + huge + "</FirstName></Name></StaffExtension>\n</I>\n";
            InputFile f = InputFile.of(Files.write(dir.resolve("huge.xml"), xml.getBytes(Charset.forName(encoding))));
            InputRejected e = assertThrows(InputRejected.class, () -> TsdsReader.read(f, sink, new Issues()), encoding);
            assertEquals(TsdsRule.NOT_WELL_FORMED.code(), e.issue().rule(), encoding);
            assertEquals(3L, e.issue().row(), encoding);
        }
        assertTrue(staff.isEmpty());
    }

    @Test
    void aTextJustUnderTheLimitIsReadAsBeforeCappedAt4096Characters() throws IOException {
        String long_ = "y".repeat(MarkupLimit.LIMIT - 10);
        TsdsReader.read(file("long.xml", "<I xmlns=\"" + NS + "\"><StaffExtension><StaffUniqueStateId>1</StaffUniqueStateId>"
                + "<Name><FirstName>" + long_ + "</FirstName></Name></StaffExtension></I>"), sink, new Issues());
        assertEquals(1, staff.size());
        assertEquals(TsdsReader.MAX_TEXT, staff.get(0).firstName().length());
    }
}
