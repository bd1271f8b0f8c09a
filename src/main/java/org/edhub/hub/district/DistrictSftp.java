package org.edhub.hub.district;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Camel SFTP endpoint URIs for a district's account. Host keys are always checked against the configured
 * known_hosts file, never the user's own (stack notes).
 */
public final class DistrictSftp {
    private DistrictSftp() {
    }

    /** The URI of a folder of the district's account, with the connection options and then {@code options}. */
    public static String uri(District district, String folder, Map<String, String> options) {
        return uri(district.sftp(), folder, options);
    }

    /** The URI of a folder of an SFTP account, with the connection options and then {@code options}. */
    public static String uri(District.Sftp sftp, String folder, Map<String, String> options) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("username", sftp.user());
        if (sftp.password() != null && !sftp.password().isEmpty()) all.put("password", "RAW(" + sftp.password() + ")");
        if (sftp.privateKey() != null && !sftp.privateKey().isBlank()) all.put("privateKeyFile", sftp.privateKey());
        all.put("knownHostsFile", sftp.knownHosts());
        all.put("strictHostKeyChecking", "yes");
        all.put("useUserKnownHostsFile", "false");
        all.put("binary", "true");
        all.putAll(options);
        return "sftp://" + sftp.host() + ":" + sftp.port() + "/" + folder + "?" + all.entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String value(String v) {
        if (v.startsWith("RAW(") || v.contains("${")) return v;
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
