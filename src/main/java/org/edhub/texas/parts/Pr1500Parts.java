package org.edhub.texas.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.edhub.texas.pr1500.CertificateCatalog;
import org.edhub.texas.pr1500.CountRow;
import org.edhub.texas.pr1500.CountedCertificate;
import org.edhub.texas.pr1500.CountingRules;
import org.edhub.texas.pr1500.OrderedIssues;
import org.edhub.texas.pr1500.PeimsFacts;
import org.edhub.texas.pr1500.Pr1500Count;
import org.edhub.texas.pr1500.Report;
import org.edhub.texas.pr1500.TeacherLine;
import org.edhub.core.issue.IssueSink;
import org.edhub.texas.pr1500.TsdsRecords;
import org.edhub.texas.report.Pr1500Columns;

/**
 * The PR1500 count in parts, so that the heap holds one part of the teachers, not the state. While the inputs are read,
 * staff records and teacher-of-record classes go to the part of their TX Unique Staff ID, certificates to the part of
 * their staff identifier (an SSN or a TX Unique Staff ID). Then, one part at a time: the SSNs of the part's teachers
 * go to the parts of the SSNs; the certificates keyed by those SSNs come back to their teachers' parts; and each part
 * is counted by the same rules as a count in one piece ({@link Pr1500Count#part}), its drill-down lines written sorted.
 * The report rows of the parts add up; the issues take their places in the order of a count in one piece; the
 * drill-down is the parts' lines merged.
 */
public final class Pr1500Parts implements AutoCloseable {
    /** About this much input per part: a part's teachers then take a few megabytes of heap. */
    public static final long INPUT_PER_PART = 16L << 20;
    /**
     * How many parts are counted at once, each on its own thread ({@code -Dedhub.pr1500.parts-at-once}): the heap holds
     * that many parts' teachers, whatever the number of processors.
     */
    public static final String PARTS_AT_ONCE = "edhub.pr1500.parts-at-once";
    public static final int DEFAULT_PARTS_AT_ONCE = 2;
    private static final int MAX_PARTS = 256;

    private final PartFiles files;
    private final int partsAtOnce;
    private int peimsSources;
    private int certificateSources;
    /** The sources of the certificates keyed by SSN, once they are sent to the teachers' parts. */
    private int bySsnSources;

    /**
     * Parts of about {@code inputPerPart} bytes of input each, at most 256, counted {@code partsAtOnce} at a time;
     * temporary files under {@code workDir}.
     */
    public Pr1500Parts(Path workDir, long inputBytes, long inputPerPart, int partsAtOnce) {
        if (partsAtOnce < 1) throw new IllegalArgumentException(PARTS_AT_ONCE + " is 1 or more, not " + partsAtOnce);
        this.partsAtOnce = partsAtOnce;
        long wanted = inputBytes / inputPerPart + (inputBytes % inputPerPart == 0 ? 0 : 1);
        int parts = (int) Math.max(1, Math.min(MAX_PARTS, wanted));
        this.files = new PartFiles(workDir, parts);
    }

    /** Where the classified certificates of the next ECOS file go; call {@link Writing#finish()} once it is read. */
    public Writing<Consumer<CountedCertificate>> certificates() {
        PartFiles.Writers<CountedCertificate> out = files.writers(PartRecords.CERTIFICATES, certificateSources++);
        return new Writing<>(c -> out.write(c.certificate().staffId(), c), out::finish);
    }

    /** Numbers the next PEIMS interchange, in the order the interchanges' facts are merged. */
    public int peimsSource() {
        return peimsSources++;
    }

    /** Where the records of a PEIMS interchange go; its campuses stay in {@code campuses}. */
    public Writing<TsdsRecords> peims(int source, PeimsFacts campuses) {
        SpilledPeims sink = new SpilledPeims(campuses, files, source);
        return new Writing<>(sink, sink::finish);
    }

    /** A sink for one input file, and what closes its part files once the file is read. */
    public record Writing<T>(T sink, Runnable finish) {
    }

    /** The counts and drill-down of every part; {@code campuses} are the merged campus facts of every interchange. */
    public Pr1500Output count(PeimsFacts campuses, CountingRules rules, IssueSink issues, String districtId) {
        Pr1500Count count = new Pr1500Count(rules, issues);
        count.reportCampusesWithoutEnrollments(campuses);
        SsnKeyedCertificates bySsn = new SsnKeyedCertificates(files, peimsSources, certificateSources, partsAtOnce);
        bySsn.sendToTeachers();
        bySsnSources = bySsn.sources();
        Map<Report, Map<RowKey, CountRow>> rows = new EnumMap<>(Report.class);
        for (Report r : Report.values()) rows.put(r, new HashMap<>());
        OrderedIssues ordered = new OrderedIssues();
        PartFiles.Writers<PartRecords.Line> lines = files.writers(PartRecords.LINES, 0);
        long teachers = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(files.parts(), partsAtOnce));
        try {
            List<Future<Counted>> counted = new ArrayList<>();
            for (int p = 0; p < files.parts(); p++) {
                int part = p;
                counted.add(pool.submit(() -> countPart(count, part, campuses, districtId, issues, lines)));
            }
            for (int p = 0; p < counted.size(); p++) {
                Counted part = OrderedReads.done(counted.set(p, null)); // merged, then let go
                ordered.addAll(part.issues());
                for (CountRow row : part.rows()) rows.get(row.report).merge(new RowKey(row), row, CountRow::merge);
                teachers += part.teachers();
            }
        } finally {
            pool.shutdownNow();
        }
        lines.finish();
        ordered.reportTo(issues);
        count.reportCampusesLeftOut(campuses, ordered.leftOut());
        count.reportIfNoTeachers(teachers);
        return new Pr1500Output(RowKey.inOrder(rows.get(Report.ELEMENTARY)), RowKey.inOrder(rows.get(Report.SECONDARY)),
                new TeacherRows(files), ordered.unmappedTeachers());
    }

    /** What one part adds to the whole: its report rows, its issues, its number of drill-down lines. */
    private record Counted(List<CountRow> rows, OrderedIssues issues, long teachers) {
    }

    /** Counts one part and writes its drill-down lines, sorted, to the part's file; {@code partsAtOnce} at a time. */
    private Counted countPart(Pr1500Count count, int p, PeimsFacts campuses, String districtId, IssueSink issues,
                              PartFiles.Writers<PartRecords.Line> lines) {
        OrderedIssues found = new OrderedIssues();
        List<TeacherLine> part = count.part(teachersOf(p, issues), campuses, certificatesOf(p), districtId, found);
        List<CountRow> rows = new ArrayList<>();
        for (Report r : Report.values()) rows.addAll(Pr1500Count.rows(part, r));
        write(lines, p, part);
        return new Counted(rows, found, part.size());
    }

    /**
     * A report row's place: campus, then assignment. Every part has rows of most campuses, so the parts' rows are
     * merged by hash and put in this order once, at the end.
     */
    private record RowKey(String campusId, int assignment) implements Comparable<RowKey> {
        RowKey(CountRow row) {
            this(row.campusId, row.assignment.ordinal());
        }

        private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::campusId)
                .thenComparingInt(RowKey::assignment);

        @Override
        public int compareTo(RowKey o) {
            return ORDER.compare(this, o);
        }

        static List<CountRow> inOrder(Map<RowKey, CountRow> rows) {
            List<Map.Entry<RowKey, CountRow>> entries = new ArrayList<>(rows.entrySet());
            entries.sort(Map.Entry.comparingByKey());
            List<CountRow> inOrder = new ArrayList<>(entries.size());
            for (Map.Entry<RowKey, CountRow> e : entries) inOrder.add(e.getValue());
            return inOrder;
        }
    }

    /** The staff records and teacher-of-record classes of one part, replayed in the order they were read. */
    private PeimsFacts teachersOf(int part, IssueSink issues) {
        PeimsFacts facts = new PeimsFacts(issues);
        for (int source = 0; source < peimsSources; source++) files.forEach(PartRecords.STAFF, source, part, facts::staff);
        for (int source = 0; source < peimsSources; source++) files.forEach(PartRecords.TAUGHT, source, part, facts::taught);
        return facts;
    }

    /** The certificates of one part's teachers: under their own identifiers, and those keyed by their SSNs. */
    private CertificateCatalog certificatesOf(int part) {
        CertificateCatalog catalog = CertificateCatalog.inParts();
        for (int source = 0; source < certificateSources; source++) {
            files.forEach(PartRecords.CERTIFICATES, source, part, catalog::add);
        }
        for (int source = 0; source < bySsnSources; source++) {
            files.forEach(PartRecords.BY_SSN, source, part, e -> catalog.addBySsn(e.uniqueId(), e.certificate()));
        }
        return catalog;
    }

    private static void write(PartFiles.Writers<PartRecords.Line> lines, int part, List<TeacherLine> sorted) {
        for (TeacherLine t : sorted) {
            lines.write(part, new PartRecords.Line(
                    new LineKey(t.report.ordinal(), t.campusId, t.assignment.ordinal(), t.staffId), Pr1500Columns.teacher(t)));
        }
    }

    @Override
    public void close() {
        files.close();
    }
}
