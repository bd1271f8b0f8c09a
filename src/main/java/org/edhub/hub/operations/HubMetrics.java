package org.edhub.hub.operations;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The hub's own metrics for Prometheus, read from its tables: files received by district, feed and status (the
 * rejected among them), runs by district, program and status, the issues of runs by severity, the mail outbox and
 * outbound deliveries by status (their queue depth and failures), the incidents the operator was alerted of by kind and
 * the districts whose SFTP server is unreachable now. Refreshed every 30 s by the {@code metrics} route, so a scrape
 * costs no query. Beside them: the number of alert addresses, and the run durations ({@link RunWatch}).
 */
@Component("hubMetrics")
public class HubMetrics {
    private final JdbcTemplate jdbc;
    private final MultiGauge files;
    private final MultiGauge runs;
    private final MultiGauge issues;
    private final MultiGauge mail;
    private final MultiGauge outbound;
    private final MultiGauge alerts;
    private final MultiGauge unreachable;

    public HubMetrics(JdbcTemplate jdbc, MeterRegistry registry, OperatorSettings operator) {
        this.jdbc = jdbc;
        this.files = MultiGauge.builder("edhub.files").description("Files received, by district, feed and status").register(registry);
        this.runs = MultiGauge.builder("edhub.runs").description("Runs, by district, program and status").register(registry);
        this.issues = MultiGauge.builder("edhub.issues").description("Issues of all runs, by severity").register(registry);
        this.mail = MultiGauge.builder("edhub.mail").description("Run and reminder mails, by status").register(registry);
        this.outbound = MultiGauge.builder("edhub.outbound").description("Outbound deliveries, by status").register(registry);
        this.alerts = MultiGauge.builder("edhub.operator.alerts").description("Incidents the operator was alerted of, by kind")
                .register(registry);
        this.unreachable = MultiGauge.builder("edhub.sftp.unreachable")
                .description("Districts whose SFTP server the pickup cannot reach now (1), by district").register(registry);
        Gauge.builder("edhub.operator.alert.recipients", operator, o -> o.recipients().size())
                .description("Addresses operator alerts go to; 0: alerts go nowhere").strongReference(true).register(registry);
        refresh();
    }

    /** Called by the {@code metrics} route every {@code edhub.metrics.refresh} (30 s). */
    public void refresh() {
        files.register(rows("select district_id, feed, status, count(*) n from district_file group by district_id, feed, status",
                "district", "feed", "status"), true);
        runs.register(rows("select district_id, program, status, count(*) n from run group by district_id, program, status",
                "district", "program", "status"), true);
        issues.register(rows("select severity, count(*) n from run_issue group by severity", "severity"), true);
        mail.register(rows("select status, count(*) n from mail_outbox group by status", "status"), true);
        outbound.register(rows("select status, count(*) n from outbound_delivery group by status", "status"), true);
        alerts.register(rows("select kind, count(*) n from operator_alert where alerted_at is not null group by kind", "kind"), true);
        unreachable.register(rows("select district_id, count(*) n from operator_alert where open_subject is not null "
                + "group by district_id", "district"), true);
    }

    private List<MultiGauge.Row<?>> rows(String sql, String... tags) {
        return jdbc.queryForList(sql).stream().<MultiGauge.Row<?>>map(r -> {
            Tags t = Tags.empty();
            for (String tag : tags) t = t.and(tag, String.valueOf(value(r, tag)));
            return MultiGauge.Row.of(t, ((Number) value(r, "n")).doubleValue());
        }).toList();
    }

    /** A column by its tag's name: {@code district} is {@code district_id}; H2 and PostgreSQL differ in case. */
    private static Object value(Map<String, Object> row, String tag) {
        String column = tag.equals("district") ? "district_id" : tag;
        for (var e : row.entrySet()) if (e.getKey().equalsIgnoreCase(column)) return e.getValue();
        return null;
    }
}
