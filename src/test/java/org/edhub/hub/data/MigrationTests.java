package org.edhub.hub.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database of a hub installed before the receipts and the relative paths, migrated to the latest version, on
 * each database ({@link MigrationH2Test}, {@link MigrationPostgresTest}).
 */
abstract class MigrationTests {
    static final String SHA = "a".repeat(64);

    @TempDir
    Path data;
    /** The data folder as an installed hub with {@code edhub.data-dir} relative to its working directory names it. */
    Path dataDir;
    DataSource ds;
    JdbcTemplate jdbc;

    abstract Database database();

    @BeforeEach
    void installedHub() {
        dataDir = Path.of("").toAbsolutePath().relativize(data.toAbsolutePath());
        ds = database().empty();
        database().flyway(ds, dataDir).target("4").load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    @Test
    void theFilesOfBeforeGetTheirReceiptsInTheOrderTheyCame() {
        long first = file("ecos.csv", "ACCEPTED", null);
        long duplicate = file("ecos-again.csv", "DUPLICATE", null);
        long backToIt = file("ecos.csv", "ACCEPTED", null);
        long otherYear = jdbc.queryForObject("select max(id) from district_file", Long.class) + 1;
        insert(otherYear, "2019-2020", "ecos.csv", "RECEIVED", null);

        migrate();

        assertThat(receipt(first)).isEqualTo(1);
        assertThat(receipt(duplicate)).isNull();
        assertThat(receipt(backToIt)).isEqualTo(2);
        assertThat(receipt(otherYear)).isEqualTo(1);
    }

    @Test
    void thePathsOfBeforeBecomeRelativeToTheDataFolder() {
        Path kept = data.resolve("inputs/099902/tx-certifications/2018-2019").resolve(SHA).resolve("ecos.csv");
        long absolute = file("ecos.csv", "ACCEPTED", kept.toAbsolutePath().toString());
        long workingDirectory = file("ecos2.csv", "ACCEPTED", dataDir.resolve("inputs/x/ecos2.csv").toString());
        Path outside = data.getParent().resolve("elsewhere/ecos3.csv").toAbsolutePath();
        long elsewhere = file("ecos3.csv", "ACCEPTED", outside.toString());
        jdbc.update("insert into run (district_id, program, school_year, status, started_at, output_dir) values (?,?,?,?,?,?)",
                "099902", "tx-pr1500", "2018-2019", "COMPLETED", Timestamp.from(Instant.now()), data.resolve("runs/1").toString());
        long run = jdbc.queryForObject("select max(id) from run", Long.class);
        jdbc.update("insert into run_output (run_id, name, path) values (?,?,?)", run, "PR1500_Part2.xlsx",
                dataDir.resolve("runs/1/PR1500_Part2.xlsx").toString());

        migrate();

        assertThat(kept(absolute)).isEqualTo("inputs/099902/tx-certifications/2018-2019/" + SHA + "/ecos.csv");
        assertThat(kept(workingDirectory)).isEqualTo("inputs/x/ecos2.csv");
        assertThat(kept(elsewhere)).isEqualTo(outside.toString());
        assertThat(jdbc.queryForObject("select output_dir from run where id = ?", String.class, run)).isEqualTo("runs/1");
        assertThat(jdbc.queryForObject("select path from run_output where run_id = ?", String.class, run))
                .isEqualTo("runs/1/PR1500_Part2.xlsx");
    }

    @Test
    void everyMigrationIsAppliedAndValidates() {
        migrate();
        var flyway = database().flyway(ds, dataDir).load();
        flyway.validate();
        assertThat(List.of(flyway.info().applied())).extracting(MigrationInfo::getVersion).extracting(Object::toString)
                .containsExactly("1", "2", "3", "4", "5", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
    }

    private void migrate() {
        database().flyway(ds, dataDir).load().migrate();
    }

    private long file(String name, String status, String kept) {
        Long max = jdbc.queryForObject("select max(id) from district_file", Long.class);
        long id = (max == null ? 0 : max) + 1;
        insert(id, "2018-2019", name, status, kept);
        return id;
    }

    private void insert(long id, String year, String name, String status, String kept) {
        jdbc.update("insert into district_file (id, district_id, feed, school_year, name, remote_path, size_bytes, sha256, "
                        + "received_at, status, kept_path) values (?,?,?,?,?,?,?,?,?,?,?)", id, "099902", "tx-certifications", year,
                name, "tx-certifications/" + year + "/" + name, 10, SHA, Timestamp.from(Instant.now()), status, kept);
    }

    private Integer receipt(long id) {
        return jdbc.queryForObject("select receipt from district_file where id = ?", Integer.class, id);
    }

    private String kept(long id) {
        return jdbc.queryForObject("select kept_path from district_file where id = ?", String.class, id);
    }
}
