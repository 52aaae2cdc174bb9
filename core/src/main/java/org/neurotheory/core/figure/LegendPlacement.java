package org.neurotheory.core.figure;

import java.util.List;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Where a legend goes: in the corner of the plot area that covers the fewest drawn points and
 * line pieces of the data (reference lines may pass under it) when one covers none, else below the plot in one row when the entries fit in it,
 * else outside to the right.
 */
final class LegendPlacement {
    /** Approximate plot-area size of a panel in pixels, for sizing the legend box against it. */
    private static final double PLOT_W = 440;
    private static final double PLOT_H = 320;
    private static final LegendPosition[] CORNERS = {
        LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSE, LegendPosition.InsideSW};

    private LegendPlacement() {
    }

    /**
     * @param points  drawn series as {x, y} arrays already mapped to [0, 1] on both axes
     * @param lines   for each series, whether it is drawn as a line (its segments count too)
     * @param entries legend labels
     */
    static LegendPosition choose(List<double[][]> points, List<Boolean> lines, List<String> entries) {
        double w = Math.min(0.6, width(entries) / PLOT_W);
        double h = Math.min(0.8, (10 + 19.0 * entries.size()) / PLOT_H);
        if (entries.size() > 5) {
            return LegendPosition.OutsideE;
        }
        int best = -1;
        long bestCount = Long.MAX_VALUE;
        for (int c = 0; c < CORNERS.length; c++) {
            boolean east = c == 0 || c == 2;
            boolean north = c < 2;
            double x0 = east ? 1 - w - 0.02 : 0;
            double x1 = east ? 1 : w + 0.02;
            double y0 = north ? 1 - h - 0.03 : 0;
            double y1 = north ? 1 : h + 0.03;
            long count = 0;
            for (int s = 0; s < points.size(); s++) {
                double[] x = points.get(s)[0];
                double[] y = points.get(s)[1];
                for (int i = 0; i < x.length; i++) {
                    if (inside(x[i], y[i], x0, x1, y0, y1)) {
                        count++;
                    }
                    if (lines.get(s) && i > 0) {
                        for (int k = 1; k < 8; k++) {
                            double t = k / 8.0;
                            if (inside(x[i - 1] + t * (x[i] - x[i - 1]), y[i - 1] + t * (y[i] - y[i - 1]), x0, x1, y0, y1)) {
                                count++;
                                break;
                            }
                        }
                    }
                }
            }
            if (count < bestCount) {
                bestCount = count;
                best = c;
            }
        }
        if (bestCount == 0) {
            return CORNERS[best];
        }
        double row = entries.stream().mapToDouble(e -> 44 + 7.2 * e.length()).sum();
        return row < PLOT_W + 60 ? LegendPosition.OutsideS : LegendPosition.OutsideE;
    }

    /** Approximate width in pixels of a legend box with one entry per row (symbol, gaps and the longest label). */
    static double width(List<String> entries) {
        return 44 + 7.2 * entries.stream().mapToInt(String::length).max().orElse(0);
    }

    private static boolean inside(double x, double y, double x0, double x1, double y0, double y1) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }
}
