package org.edhub.hub.data;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 9: the paths the database held as the hub wrote them (absolute, or relative to the working directory)
 * become relative to the data folder ({@link DataFolder}). Run once, by the hub that wrote them, from its working
 * directory; a path outside the data folder is made absolute.
 */
@Component
public class RelativePaths implements JavaMigration {
    private final DataFolder data;

    public RelativePaths(DataFolder data) {
        this.data = data;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "paths relative to the data folder";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        rewrite(c, "select id, kept_path from district_file where kept_path is not null",
                "update district_file set kept_path = ? where id = ?");
        rewrite(c, "select id, output_dir from run where output_dir is not null", "update run set output_dir = ? where id = ?");
        rewriteNamed(c, "run_output", "run_id");
        rewriteNamed(c, "outbound_file", "delivery_id");
    }

    /** The paths of a table keyed by an id and a name. */
    private void rewriteNamed(Connection c, String table, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("select " + id + ", name, path from " + table);
             PreparedStatement update = c.prepareStatement("update " + table + " set path = ? where " + id + " = ? and name = ?");
             ResultSet r = select.executeQuery()) {
            while (r.next()) {
                String stored = data.stored(Path.of(r.getString(3)));
                if (stored.equals(r.getString(3))) continue;
                update.setString(1, stored);
                update.setLong(2, r.getLong(1));
                update.setString(3, r.getString(2));
                update.executeUpdate();
            }
        }
    }

    private void rewrite(Connection c, String select, String update) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(select); PreparedStatement u = c.prepareStatement(update);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String stored = data.stored(Path.of(r.getString(2)));
                if (stored.equals(r.getString(2))) continue;
                u.setString(1, stored);
                u.setLong(2, r.getLong(1));
                u.executeUpdate();
            }
        }
    }
}
