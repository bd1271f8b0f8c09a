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
 * previous version of a report is replaced. Each file is written under a temporary name of its run and renamed, so the
 * district never downloads half a report and two runs delivering at once never write over each other's half.
 */
@Component
public class Outbound {
    /** The run a file belongs to, in its temporary name: runs delivering at once never share one. */
    static final String RUN = "edhubRun";
    private static final Map<String, String> WRITE = Map.of(
            "autoCreate", "true", "fileExist", "Override", "tempFileName", "${file:onlyname}.${header." + RUN + "}.part");
    private final ProducerTemplate producer;
    private final Map<String, Object> folders = new java.util.concurrent.ConcurrentHashMap<>();

    public Outbound(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void put(long runId, District district, String schoolYear, Map<String, Path> files) {
        put(runId, DistrictSftp.uri(district, "outbound/" + schoolYear, WRITE), files);
    }

    /** Puts upload files into the state's destination, under {@code <folder>/<district id>/}. */
    public void putForState(long runId, HubProperties.StateDestination state, District district, Map<String, Path> files) {
        put(runId, DistrictSftp.uri(state.sftp(), state.folder() + "/" + district.id(), WRITE), files);
    }

    /**
     * One run at a time per folder: replacing a report deletes the old one before the rename, and two runs doing so
     * at once would each find the other's file gone. A run's files go in together, never mixed with another run's.
     */
    private void put(long runId, String uri, Map<String, Path> files) {
        synchronized (folders.computeIfAbsent(uri, u -> new Object())) {
            files.forEach((name, path) -> producer.sendBodyAndHeaders(uri, path.toFile(),
                    Map.of(Exchange.FILE_NAME, name, RUN, runId)));
        }
    }
}
