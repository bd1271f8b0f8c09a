package org.edhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a benchmark ran on, as {@code nproc}, {@code free -g} and {@code java -version} tell it. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        return "`nproc` " + Runtime.getRuntime().availableProcessors() + " (" + cpuModel() + "); `free -g` total "
                + command(List.of("free", "-g")).lines().filter(l -> l.startsWith("Mem:")).map(l -> l.split("\\s+")[1])
                .findFirst().orElse("?") + " GB; " + command(List.of("java", "-version")).lines().findFirst().orElse("java ?");
    }

    /** The 1-minute load average of /proc/loadavg. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("cpu ?");
        } catch (IOException e) {
            return "cpu ?";
        }
    }

    private static String command(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
