package org.edhub.hub.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.edhub.core.program.SchoolYear;
import org.edhub.hub.district.District;
import org.edhub.hub.run.HubRule;
import org.edhub.hub.run.RunResult;
import org.edhub.hub.run.RunService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Tells a district, once, about each thing in its drop folders the pickup cannot take ({@link DropCheck}): a notice run
 * with one {@code HUB-CANNOT-TAKE} error, its issue report in the outbound folder and its e-mail. Once per district
 * and path, whatever the polls and restarts (the {@code drop_refusal} table): the thing is left where it is and not
 * reported again while it stays there, nor if the same path is used again later.
 */
@Service
public class DropRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(DropRefusals.class);
    private final JdbcTemplate jdbc;
    private final RunService runs;
    /** The refusals already told, so a poll does not ask the database about each again. */
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    public DropRefusals(JdbcTemplate jdbc, RunService runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    /** @param path the entry's path under {@code inbound/} */
    public void refuseOnce(District district, String path, DropCheck.Refusal refusal) {
        String key = key(district.id(), path);
        if (told.contains(key)) return;
        String message = refusal.message(path);
        try {
            jdbc.update("insert into drop_refusal (refusal_key, district_id, path, reason, refused_at) values (?,?,?,?,?)",
                    key, district.id(), cut(DropCheck.shown(path), 1024), cut(message, 4000), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException toldBefore) {
            told.add(key);
            return;
        }
        try {
            String name = path.substring(path.lastIndexOf('/') + 1);
            RunResult notice = runs.refused(district, schoolYear(path),
                    HubRule.CANNOT_TAKE.issue(message).at(DropCheck.shown(name), null));
            jdbc.update("update drop_refusal set run_id = ? where refusal_key = ?", notice.run().id(), key);
        } catch (RuntimeException e) {
            jdbc.update("delete from drop_refusal where refusal_key = ?", key);
            throw e;
        }
        told.add(key);
        LOG.warn("District {}: {}", district.id(), message);
    }

    /** The year folder of the path when it is one, else the school year of today. */
    private static String schoolYear(String path) {
        String[] parts = path.split("/");
        if (parts.length >= 2 && parts[1].length() == 9 && SchoolYear.isValid(parts[1])) return parts[1];
        return SchoolYear.containing(LocalDate.now()).toString();
    }

    private static String key(String districtId, String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((districtId + "\n" + path).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
