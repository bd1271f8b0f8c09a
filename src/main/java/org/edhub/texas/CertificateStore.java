package org.edhub.texas;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.edhub.texas.pr1500.Certificate;
import org.edhub.hub.intake.AcceptedFileListener;
import org.edhub.hub.ledger.LedgerEntry;
import org.edhub.core.issue.Issues;
import org.edhub.texas.ecos.CertificationFile;
import org.edhub.core.program.InputFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the certificate rows of a district's current ECOS file per school year. Seed 004: only one file is allowed
 * per year, a new file replaces the existing one; the replacement is one transaction, so readers never see a mix.
 */
@Component
public class CertificateStore implements AcceptedFileListener {
    private static final int BATCH = 5_000;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public CertificateStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void accepted(LedgerEntry file) {
        if (!Pr1500Program.CERTIFICATIONS.equals(file.feed())) return;
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from tx_certificate where district_id = ? and school_year = ?", file.districtId(), file.schoolYear());
            List<Object[]> batch = new ArrayList<>(BATCH);
            CertificationFile.read(new InputFile(file.name(), file.keptPath()), new Issues(), c -> {
                batch.add(row(file, c));
                if (batch.size() == BATCH) flush(batch);
            });
            flush(batch);
        });
    }

    public int count(String districtId, String schoolYear) {
        return jdbc.queryForObject("select count(*) from tx_certificate where district_id = ? and school_year = ?",
                Integer.class, districtId, schoolYear);
    }

    private void flush(List<Object[]> batch) {
        jdbc.batchUpdate("insert into tx_certificate (district_id, school_year, file_id, row_no, staff_id, cert_type, "
                + "effective_date, expire_date, grade_level, cert_level, field_code) values (?,?,?,?,?,?,?,?,?,?,?)", batch);
        batch.clear();
    }

    private static Object[] row(LedgerEntry file, Certificate c) {
        return new Object[]{file.districtId(), file.schoolYear(), file.id(), c.row(), c.staffId(), c.certType(),
                Date.valueOf(c.effective()), c.expires() == null ? null : Date.valueOf(c.expires()), c.gradeLevel(),
                c.certLevel(), c.field()};
    }
}
