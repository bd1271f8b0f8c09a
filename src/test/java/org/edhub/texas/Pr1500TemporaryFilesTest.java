package org.edhub.texas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.edhub.TestFiles;
import org.edhub.core.issue.InputRejected;
import org.edhub.core.issue.Issues;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.ProgramRequest;
import org.edhub.core.program.ReportFormat;
import org.edhub.core.program.SchoolYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PR1500 count spills its parts (certificates keyed by SSN among them) into the run's temporary folder, and
 * nothing of them is left there when the run ends: neither after a completed run nor after one an input rejected
 * once the count had spilled.
 */
class Pr1500TemporaryFilesTest {
    private static final Path SAMPLE = Path.of("samples/tx");
    @TempDir
    Path dir;

    @Test
    void theCountSpillsIntoTheRunsFolderAndLeavesNothingThere() throws Exception {
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        List<String> made = watching(temporary, () -> run(SAMPLE, temporary));
        assertThat(made).anyMatch(name -> name.startsWith("pr1500-parts"));
        assertThat(TestFiles.list(temporary)).isEmpty();
    }

    @Test
    void aRunRejectedAfterTheCountSpilledLeavesNothingEither() throws Exception {
        Path in = dir.resolve("in");
        for (String feed : List.of(Pr1500Program.CERTIFICATIONS, Pr1500Program.PEIMS)) {
            Files.createDirectories(in.resolve(feed));
            for (Path f : TestFiles.list(SAMPLE.resolve(feed))) Files.copy(f, in.resolve(feed).resolve(f.getFileName()));
        }
        Path staff = in.resolve(Pr1500Program.PEIMS).resolve("099902_2019_Fall_StaffAssociation.xml");
        String xml = Files.readString(staff);
        Files.writeString(staff, xml.substring(0, xml.length() / 2));
        Path temporary = Files.createDirectories(dir.resolve("tmp"));

        List<String> made = watching(temporary, () -> assertThrows(InputRejected.class, () -> run(in, temporary)));
        assertThat(made).anyMatch(name -> name.startsWith("pr1500-parts"));
        assertThat(TestFiles.list(temporary)).isEmpty();
    }

    private void run(Path in, Path temporary) throws IOException {
        Map<String, List<org.edhub.core.program.InputFile>> inputs = Map.of(
                Pr1500Program.CERTIFICATIONS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.CERTIFICATIONS)),
                Pr1500Program.PEIMS, Pr1500ProgramTest.files(in.resolve(Pr1500Program.PEIMS)));
        new Pr1500Program().run(new ProgramRequest("099902", SchoolYear.parse("2018-2019"), inputs,
                Files.createDirectories(dir.resolve("out")), ReportFormat.CSV, Mappings.defaults(), new Issues(), temporary));
    }

    /** The names of what {@code action} made in {@code folder}, seen by the file system as it happened. */
    private static List<String> watching(Path folder, Action action) throws Exception {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            action.run();
            List<String> made = new ArrayList<>();
            WatchKey key = watch.poll(5, TimeUnit.SECONDS);
            while (key != null) {
                key.pollEvents().forEach(e -> made.add(e.context().toString()));
                key.reset();
                key = watch.poll(200, TimeUnit.MILLISECONDS);
            }
            return made;
        }
    }

    private interface Action {
        void run() throws Exception;
    }
}
