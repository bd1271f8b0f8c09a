package org.edhub.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

import org.edhub.core.issue.Issues;
import org.edhub.core.program.InputFile;
import org.edhub.texas.ecos.CertificationFile;

/**
 * Reads an ECOS certification file through {@link CertificationFile} a few times in one JVM and prints, per read, the
 * wall and CPU time, the rows, the certificates and the issues. It uses only {@code CertificationFile.read}, so the same
 * class run over the classes of an older build times that build's reader (docs/benchmarks.md, "Bindy for the ECOS
 * file and the EERP upload").
 * Run: {@code java -Xmx2g -cp <classes>:target/test-classes:<deps> org.edhub.bench.EcosReadBench FILE [READS]}.
 */
public final class EcosReadBench {
    private EcosReadBench() {
    }

    public static void main(String[] args) {
        InputFile file = InputFile.of(Path.of(args[0]));
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 1; i <= reads; i++) {
            Issues issues = new Issues();
            long[] certificates = {0};
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long rows = CertificationFile.read(file, issues, c -> certificates[0]++);
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("read %d: wall %.2f s, cpu %.2f s, %d rows, %d certificates, %d issues%n", i, wall, cpu,
                    rows, certificates[0], issues.all().size());
        }
    }
}
