package org.edhub.kentucky.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A pie chart drawn on the server as SVG paths: one slice per label with its count, each slice a link. No script
 * and no chart library, so the page works offline and in any browser. Beyond {@link #MAX_SLICES} slices the smallest
 * become one grey "Other" slice that lists them, so that every slice has a colour of its own.
 */
public final class PieChart {
    /**
     * As many slices as Okabe and Ito's palette has colours told apart, colour-blind readers included; beyond it, seven
     * slices and Other.
     */
    public static final int MAX_SLICES = 8;
    public static final String OTHER = "Other";
    static final double CX = 100;
    static final double CY = 100;
    static final double R = 90;
    private static final String[] PALETTE = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
            "#3b3b3b"};
    private static final String OTHER_COLOR = "#c4c4c4";

    private PieChart() {
    }

    /**
     * @param label    what a slice stands for
     * @param path     the SVG path of the slice
     * @param href     where clicking it leads; null for Other, which leads to its labels in the legend
     * @param selected whether the table is filtered to it
     * @param insideX  a point inside the slice (at its middle angle, 60% out), in the chart's coordinates
     * @param grouped  the labels Other stands for, each with its count and link (no path); empty for any other slice
     */
    public record Slice(String label, int count, double percent, String path, String color, String href, boolean selected,
                        int insideX, int insideY, List<Slice> grouped) {
        public String percentText() {
            return String.format(Locale.ROOT, "%.0f%%", percent);
        }
    }

    /**
     * Slices in the order of {@code counts} (largest first, for Other to take the smallest); zero counts are left out.
     * The selected label keeps a slice of its own even when it is among the smallest.
     */
    public static List<Slice> of(Map<String, Integer> counts, Function<String, String> color, Function<String, String> href,
                                 String selected) {
        List<Map.Entry<String, Integer>> present = counts.entrySet().stream().filter(e -> e.getValue() > 0).toList();
        int total = present.stream().mapToInt(Map.Entry::getValue).sum();
        List<String> own = ownSlices(present.stream().map(Map.Entry::getKey).toList(), selected);
        List<Slice> slices = new ArrayList<>();
        List<Slice> grouped = new ArrayList<>();
        double start = 0;
        for (var e : present) {
            double share = (double) e.getValue() / total;
            if (!own.contains(e.getKey())) {
                grouped.add(new Slice(e.getKey(), e.getValue(), share * 100, null, OTHER_COLOR, href.apply(e.getKey()),
                        e.getKey().equals(selected), 0, 0, List.of()));
                continue;
            }
            String c = color.apply(e.getKey());
            slices.add(slice(e.getKey(), e.getValue(), start, share, c != null ? c : PALETTE[slices.size() % PALETTE.length],
                    href.apply(e.getKey()), e.getKey().equals(selected), List.of()));
            start += share;
        }
        if (!grouped.isEmpty()) {
            int count = grouped.stream().mapToInt(Slice::count).sum();
            slices.add(slice(OTHER, count, start, (double) count / total, OTHER_COLOR, null, false, grouped));
        }
        return slices;
    }

    /** The labels that get a slice of their own: all when they fit, else the largest and the selected one. */
    private static List<String> ownSlices(List<String> labels, String selected) {
        if (labels.size() <= MAX_SLICES) return labels;
        List<String> own = new ArrayList<>(labels.subList(0, MAX_SLICES - 1));
        if (selected != null && labels.contains(selected) && !own.contains(selected)) own.set(own.size() - 1, selected);
        return own;
    }

    private static Slice slice(String label, int count, double start, double share, String color, String href, boolean selected,
                               List<Slice> grouped) {
        double[] inside = point(start + share / 2, R * 0.6);
        return new Slice(label, count, share * 100, path(start, start + share), color, href, selected,
                (int) Math.round(inside[0]), (int) Math.round(inside[1]), grouped);
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
