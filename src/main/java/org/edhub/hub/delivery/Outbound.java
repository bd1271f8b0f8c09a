package org.edhub.hub.delivery;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.edhub.hub.district.District;
import org.edhub.hub.district.DistrictSftp;
import org.edhub.hub.district.HubProperties;
import org.springframework.stereotype.Component;

/**
 * Puts a run's reports into the district's {@code outbound/<school-year>/} over SFTP, under stable names: the
 * previous version of a report is replaced. Each file is written under a temporary name and renamed, so the
 * district never downloads half a report.
 */
@Component
public class Outbound {
    private static final Map<String, String> WRITE = Map.of(
            "autoCreate", "true", "fileExist", "Override", "tempFileName", "${file:onlyname}.part");
    private final ProducerTemplate producer;

    public Outbound(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void put(District district, String schoolYear, Map<String, Path> files) {
        put(DistrictSftp.uri(district, "outbound/" + schoolYear, WRITE), files);
    }

    /** Puts upload files into the state's destination, under {@code <folder>/<district id>/}. */
    public void putForState(HubProperties.StateDestination state, District district, Map<String, Path> files) {
        put(DistrictSftp.uri(state.sftp(), state.folder() + "/" + district.id(), WRITE), files);
    }

    private void put(String uri, Map<String, Path> files) {
        files.forEach((name, path) -> producer.sendBodyAndHeader(uri, path.toFile(), Exchange.FILE_NAME, name));
    }
}
