package org.edhub.hub.operations;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edhub.hub.district.District;
import org.edhub.hub.district.Districts;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each district's SFTP server in the hub's health ({@code districtSftp}): DOWN, with since when and the last error,
 * while an outage is open ({@link SftpOutages}, recorded by the pickup's failed polls), UP otherwise. Read from the
 * database, so every instance tells the same, whichever instance polls the district. Camel's own consumer health
 * check does not serve here: it skips a route that does not start by itself, which every pickup under a leadership is
 * (hub.cluster.Leadership).
 */
@Component("districtSftp")
public class DistrictSftpHealth implements HealthIndicator {
    private final JdbcTemplate jdbc;
    private final Districts districts;

    public DistrictSftpHealth(JdbcTemplate jdbc, Districts districts) {
        this.jdbc = jdbc;
        this.districts = districts;
    }

    @Override
    public Health health() {
        Map<String, String> open = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select open_subject, started_at, last_error from operator_alert "
                + "where kind = ? and open_subject is not null", OperatorAlerts.SFTP_UNREACHABLE)) {
            open.put(String.valueOf(row.get("open_subject")), "DOWN since " + ((Timestamp) row.get("started_at")).toInstant() + ": "
                    + row.get("last_error"));
        }
        Map<String, String> byDistrict = new LinkedHashMap<>();
        List<District> all = districts.all();
        for (District district : all) byDistrict.put(district.id(), open.getOrDefault(district.id(), "UP"));
        Health.Builder health = byDistrict.values().stream().anyMatch(s -> s.startsWith("DOWN")) ? Health.down() : Health.up();
        return health.withDetails(new LinkedHashMap<>(byDistrict)).build();
    }
}
