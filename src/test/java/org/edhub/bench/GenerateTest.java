package org.edhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.edhub.kentucky.bench.KyGenerator;
import org.edhub.texas.bench.TxGenerator;
import org.edhub.cli.RunCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is reproducible, and what it writes is read by the programs without a rejection. */
class GenerateTest {
    @TempDir
    Path temp;

    @Test
    void sameSeedGivesTheSameBytes() throws IOException {
        for (String state : List.of("tx", "ky")) {
            Generate.generate(Tier.TINY, state, temp.resolve("a-" + state), 7);
            Generate.generate(Tier.TINY, state, temp.resolve("b-" + state), 7);
            Generate.generate(Tier.TINY, state, temp.resolve("c-" + state), 8);
            assertThat(contents(temp.resolve("a-" + state))).isEqualTo(contents(temp.resolve("b-" + state)));
            assertThat(contents(temp.resolve("a-" + state))).isNotEqualTo(contents(temp.resolve("c-" + state)));
        }
    }

    @Test
    void texasTierRunsWithoutRejection() {
        Generate.generate(Tier.TINY, "tx", temp.resolve("tx"), Generate.DEFAULT_SEED);
        assertThat(run("tx-pr1500", TxGenerator.YEAR, temp.resolve("tx"))).isZero();
        assertThat(temp.resolve("out/PR1500_Part2_Elementary.csv")).exists();
    }

    @Test
    void kentuckyDistrictsRunWithoutRejection() throws IOException {
        Generate.generate(Tier.TINY, "ky", temp.resolve("ky"), Generate.DEFAULT_SEED);
        List<Path> districts = KyGenerator.districtFolders(temp.resolve("ky"));
        assertThat(districts).hasSize(Tier.TINY.ky().districts());
        for (Path district : districts) assertThat(run("ky-lead-extract", KyGenerator.YEAR, district)).isZero();
        assertThat(temp.resolve("out/KECS_LEAD_Detail.csv")).exists();
    }

    private int run(String program, String year, Path in) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        return RunCommand.execute(new String[] {"run", program, "--year", year, "--in", in.toString(), "--out",
                temp.resolve("out").toString()}, quiet, quiet);
    }

    private static String contents(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(folder.relativize(p)).append('\n').append(Files.readString(p));
            }
        }
        return all.toString();
    }
}
