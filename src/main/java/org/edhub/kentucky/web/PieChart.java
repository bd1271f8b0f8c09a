package org.edhub.kentucky.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A pie chart drawn on the server as SVG paths: one slice per label with its count, each slice a link. No script
 * and no chart library, so the page works offline and in any browser.
 */
public final class PieChart {
    static final double CX = 100;
    static final double CY = 100;
    static final double R = 90;
    private static final String[] PALETTE = {"#1565c0", "#6a1b9a", "#00838f", "#ad1457", "#558b2f", "#4e342e", "#f9a825",
            "#283593", "#00695c", "#8d6e63"};

    private PieChart() {
    }

    /**
     * @param label    what a slice stands for
     * @param path     the SVG path of the slice
     * @param href     where clicking it leads
     * @param selected whether the table is filtered to it
     * @param insideX  a point inside the slice (at its middle angle, 60% out), in the chart's coordinates
     */
    public record Slice(String label, int count, double percent, String path, String color, String href, boolean selected,
                        int insideX, int insideY) {
        public String percentText() {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
    }

    /** Slices in the order of {@code counts}; zero counts are left out. */
    public static List<Slice> of(Map<String, Integer> counts, Function<String, String> color, Function<String, String> href,
                                 String selected) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Slice> slices = new ArrayList<>();
        double start = 0;
        int i = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() == 0) continue;
            double share = (double) e.getValue() / total;
            String c = color.apply(e.getKey());
            double[] inside = point(start + share / 2, R * 0.6);
            slices.add(new Slice(e.getKey(), e.getValue(), share * 100, path(start, start + share),
                    c != null ? c : PALETTE[i % PALETTE.length], href.apply(e.getKey()), e.getKey().equals(selected),
                    (int) Math.round(inside[0]), (int) Math.round(inside[1])));
            start += share;
            i++;
        }
        return slices;
    }

    /** The path of the slice from fraction {@code from} to {@code to} of the circle, clockwise from twelve o'clock. */
    static String path(double from, double to) {
        if (to - from >= 0.9999) {
            return String.format(Locale.ROOT, "M %.2f %.2f A %.0f %.0f 0 1 1 %.2f %.2f A %.0f %.0f 0 1 1 %.2f %.2f Z",
                    CX, CY - R, R, R, CX, CY + R, R, R, CX, CY - R);
        }
        double[] a = point(from, R);
        double[] b = point(to, R);
        int large = to - from > 0.5 ? 1 : 0;
        return String.format(Locale.ROOT, "M %.2f %.2f L %.2f %.2f A %.0f %.0f 0 %d 1 %.2f %.2f Z",
                CX, CY, a[0], a[1], R, R, large, b[0], b[1]);
    }

    private static double[] point(double fraction, double radius) {
        double angle = fraction * 2 * Math.PI - Math.PI / 2;
        return new double[]{CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)};
    }
}
