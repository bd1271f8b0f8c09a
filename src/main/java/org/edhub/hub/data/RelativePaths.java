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
        rewrite(c, "district_file", "kept_path", "id");
        rewrite(c, "run", "output_dir", "id");
        rewrite(c, "run_output", "path", "run_id", "name");
        rewrite(c, "outbound_file", "path", "delivery_id", "name");
    }

    /** Rewrites a table's path column relative to the data folder, each row found by its key columns. */
    private void rewrite(Connection c, String table, String pathColumn, String... key) throws SQLException {
        String keys = String.join(", ", key);
        String where = String.join(" and ", java.util.Arrays.stream(key).map(k -> k + " = ?").toList());
        try (PreparedStatement select = c.prepareStatement("select " + pathColumn + ", " + keys + " from " + table
                     + " where " + pathColumn + " is not null");
             PreparedStatement update = c.prepareStatement("update " + table + " set " + pathColumn + " = ? where " + where);
             ResultSet r = select.executeQuery()) {
            while (r.next()) {
                String stored = data.stored(Path.of(r.getString(1)));
                if (stored.equals(r.getString(1))) continue;
                update.setString(1, stored);
                for (int i = 0; i < key.length; i++) update.setObject(i + 2, r.getObject(i + 2));
                update.executeUpdate();
            }
        }
    }
}
