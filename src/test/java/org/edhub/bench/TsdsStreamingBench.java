package org.edhub.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.edhub.texas.pr1500.Responsibility;
import org.edhub.core.issue.Issues;
import org.edhub.texas.tsds.TsdsReader;
import org.edhub.texas.pr1500.TsdsRecords;
import org.edhub.core.program.InputFile;

/**
 * Generates a StaffResponsibilitiesExtension (30090) interchange of about the given size (default 1 GB) in a temp
 * file, streams it through {@link TsdsReader} and prints the time and the peak heap. The file is deleted afterwards.
 * Run: {@code java -Xmx256m -cp target/classes:target/test-classes:<deps> org.edhub.bench.TsdsStreamingBench [MB]}.
 */
public final class TsdsStreamingBench {
    private TsdsStreamingBench() {
    }

    public static void main(String[] args) throws IOException {
        long targetBytes = (args.length > 0 ? Long.parseLong(args[0]) : 1024L) * 1024 * 1024;
        Path file = Files.createTempFile("bench-30090-", ".xml");
        try {
            long t0 = System.nanoTime();
            long written = generate(file, targetBytes);
            long t1 = System.nanoTime();
            AtomicLong records = new AtomicLong();
            AtomicLong students = new AtomicLong();
            TsdsReader.read(InputFile.of(file), new TsdsRecords() {
                @Override
                public void responsibility(Responsibility r) {
                    records.incrementAndGet();
                    if (r.students() != null) students.addAndGet(r.students());
                }
            }, new Issues());
            long t2 = System.nanoTime();
            double seconds = (t2 - t1) / 1e9;
            System.out.printf("file: %,d bytes (%.2f GB), generated in %.1f s%n", Files.size(file),
                    Files.size(file) / 1e9, (t1 - t0) / 1e9);
            System.out.printf("records: %,d 30090 (students %,d)%n", records.get(), students.get());
            System.out.printf("parse: %.1f s, %.1f MB/s, %,.0f records/s%n", seconds, written / 1e6 / seconds,
                    records.get() / seconds);
            System.out.printf("max heap (-Xmx): %d MB, peak heap used: %d MB%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), peakHeap() / (1024 * 1024));
            System.out.printf("processors: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long generate(Path file, long targetBytes) throws IOException {
        long bytes = 0;
        long n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<InterchangeStaffAssociation xmlns=\"http://www.tea.state.tx.us/tsds\">\n";
            w.write(head);
            bytes += head.length();
            StringBuilder s = new StringBuilder(1024);
            while (bytes < targetBytes) {
                n++;
                s.setLength(0);
                s.append("  <StaffResponsibilitiesExtension>\n")
                        .append("    <TX-LEAReference><EducationalOrgIdentity><StateOrganizationId>")
                        .append(String.format("%06d", n % 1202)).append("</StateOrganizationId></EducationalOrgIdentity></TX-LEAReference>\n")
                        .append("    <TX-StaffReference><StaffIdentity><StaffUniqueStateId>")
                        .append(1000000000L + n % 363098).append("</StaffUniqueStateId></StaffIdentity></TX-StaffReference>\n")
                        .append("    <TX-SchoolReference><EducationalOrgIdentity><StateOrganizationId>")
                        .append(String.format("%09d", n % 8872)).append("</StateOrganizationId></EducationalOrgIdentity></TX-SchoolReference>\n")
                        .append("    <TX-StaffRole>087</TX-StaffRole>\n")
                        .append("    <TX-ServiceId>0310050").append(n % 10).append("</TX-ServiceId>\n")
                        .append("    <TX-UniqueSectionCode>").append(n).append("</TX-UniqueSectionCode>\n")
                        .append("    <TX-PopulationServed>01</TX-PopulationServed>\n")
                        .append("    <TX-NumberOfStudentsInClass>").append(n % 30).append("</TX-NumberOfStudentsInClass>\n")
                        .append("  </StaffResponsibilitiesExtension>\n");
                w.append(s);
                bytes += s.length();
            }
            w.write("</InterchangeStaffAssociation>\n");
        }
        return bytes;
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
