package org.edhub.texas.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import org.edhub.texas.pr1500.CertTypeTable;
import org.edhub.texas.pr1500.CountingRules;
import org.edhub.texas.pr1500.ServiceIdTable;
import org.edhub.core.program.Mappings;
import org.edhub.core.program.SchoolYear;

/** The PR1500 code tables and settings of {@code mappings/tx/}. */
public record Pr1500Tables(ServiceIdTable serviceIds, CertTypeTable certTypes, MonthDay snapshotDay) {
    public static final String SERVICE_IDS = "tx/service-ids.csv";
    /** TEA's full C022 table (code, translation, section heading): when present, it replaces service-ids.csv's codes. */
    public static final String C022 = "tx/c022.csv";
    public static final String CERT_TYPES = "tx/cert-types.csv";
    public static final String DISTRICT_PERMITS = "tx/district-permits.csv";
    public static final String SETTINGS = "tx/pr1500.properties";

    public static Pr1500Tables load(Mappings mappings, String districtId) {
        ServiceIdTable serviceIds;
        try (InputStream in = mappings.open(SERVICE_IDS)) {
            serviceIds = ServiceIdTable.read(in, SERVICE_IDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (hasC022(mappings)) {
            try (InputStream in = mappings.open(C022)) {
                serviceIds = ServiceIdTable.fromC022(in, C022, serviceIds);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CertTypeTable certTypes;
        try (InputStream types = mappings.open(CERT_TYPES); InputStream permits = mappings.open(DISTRICT_PERMITS)) {
            certTypes = CertTypeTable.read(types, permits, districtId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pr1500Tables(serviceIds, certTypes, snapshotDay(mappings));
    }

    /** Whether the operator loaded TEA's C022 table into the mappings folder (or one is packaged). */
    private static boolean hasC022(Mappings mappings) {
        return Files.isRegularFile(mappings.folder().resolve(C022))
                || Pr1500Tables.class.getResource("/mappings/" + C022) != null;
    }

    /** Rule 1: the snapshot date of the school year, from {@code snapshot=MM-DD} (October 2 when not set). */
    public LocalDate snapshot(SchoolYear year) {
        return CountingRules.snapshot(year.startYear(), snapshotDay);
    }

    private static MonthDay snapshotDay(Mappings mappings) {
        Properties settings = new Properties();
        try (InputStream in = mappings.open(SETTINGS)) {
            settings.load(in);
        } catch (IOException | IllegalStateException e) {
            return CountingRules.DEFAULT_SNAPSHOT;
        }
        String text = settings.getProperty("snapshot");
        return text == null || text.isBlank() ? CountingRules.DEFAULT_SNAPSHOT
                : MonthDay.parse(text.strip(), DateTimeFormatter.ofPattern("MM-dd"));
    }
}
