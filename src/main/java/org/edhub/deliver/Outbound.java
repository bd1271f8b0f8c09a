package org.edhub.deliver;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.edhub.district.District;
import org.edhub.district.DistrictSftp;
import org.springframework.stereotype.Component;

/**
 * Puts a run's reports into the district's {@code outbound/<school-year>/} over SFTP, under stable names: the
 * previous version of a report is replaced. Each file is written under a temporary name and renamed, so the
 * district never downloads half a report.
 */
@Component
public class Outbound {
    private final ProducerTemplate producer;

    public Outbound(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void put(District district, String schoolYear, Map<String, Path> files) {
        String uri = DistrictSftp.uri(district, "outbound/" + schoolYear, Map.of(
                "autoCreate", "true", "fileExist", "Override", "tempFileName", "${file:onlyname}.part"));
        files.forEach((name, path) -> producer.sendBodyAndHeader(uri, path.toFile(), Exchange.FILE_NAME, name));
    }
}
