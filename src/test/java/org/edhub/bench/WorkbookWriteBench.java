package org.edhub.bench;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edhub.core.report.XlsxReport;

/**
 * Writes the rows of a CSV report (a statewide {@code PR1500_Part2_Teachers.csv}) as one workbook sheet through
 * {@link XlsxReport}, {@code ROUNDS} times in one JVM, and prints the wall and process CPU time of each write; the
 * first is what a run pays. Whole numbers of up to four digits are written as numbers, as the drill-down's counts are.
 * Run: {@code java -Xmx3g -XX:+UseParallelGC -cp target/classes:target/test-classes:<deps>
 * org.edhub.bench.WorkbookWriteBench CSV [ROUNDS]}; the workbook goes to a temporary file, deleted afterwards.
 */
public final class WorkbookWriteBench {
    private WorkbookWriteBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> header;
        List<List<Object>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Path.of(args[0])); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> records = csv.iterator();
            header = records.next().toList();
            while (records.hasNext()) {
                List<Object> row = new ArrayList<>();
                for (String value : records.next()) row.add(isCount(value) ? (Object) Integer.valueOf(value) : value);
                rows.add(row);
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path target = Files.createTempFile("workbook-bench-", ".xlsx");
        try {
            for (int round = 0; round < rounds; round++) {
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                try (XlsxReport workbook = XlsxReport.create(target)) {
                    XlsxReport.Sheet sheet = workbook.sheet("Teachers", header);
                    for (List<Object> row : rows) sheet.row(row);
                }
                System.out.printf("write %d: %,d rows, %,d bytes, wall %.2f s, process CPU %.2f s%n", round + 1, rows.size(),
                        Files.size(target), (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
        } finally {
            Files.deleteIfExists(target);
        }
    }

    private static boolean isCount(String value) {
        if (value.isEmpty() || value.length() > 4) return false;
        for (int i = 0; i < value.length(); i++) if (value.charAt(i) < '0' || value.charAt(i) > '9') return false;
        return true;
    }
}
