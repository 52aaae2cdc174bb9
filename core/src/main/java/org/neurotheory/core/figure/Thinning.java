package org.neurotheory.core.figure;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Thins the series of a chart to what the eye can see at its size, for vector files: a line
 * keeps, per pixel column, its first, lowest, highest and last point (so its envelope and ends
 * are exact); markers keep one point per pixel. {@link #restore} puts every point back. The CSV
 * never goes through here.
 */
final class Thinning {
    /** Below this many points a series is drawn as it is. */
    private static final int KEEP_BELOW = 400;
    private static final double PLOT_W = 480;
    private static final double PLOT_H = 340;

    private final Map<XYSeries, double[][]> original = new LinkedHashMap<>();

    /** Thins every XY series of {@code charts} with more than a few hundred points. */
    static Thinning apply(Iterable<Chart<?, ?>> charts) {
        Thinning t = new Thinning();
        for (Chart<?, ?> c : charts) {
            if (c instanceof XYChart xy) {
                for (XYSeries s : xy.getSeriesMap().values()) {
                    if (s.getXData().length > KEEP_BELOW) {
                        t.original.put(s, new double[][] {s.getXData().clone(), s.getYData().clone()});
                        double[][] thin = thin(xy, s);
                        s.replaceData(thin[0], thin[1], null);
                    }
                }
            }
        }
        return t;
    }

    /** Puts back every point. */
    void restore() {
        original.forEach((s, xy) -> s.replaceData(xy[0], xy[1], null));
    }

    private static double[][] thin(XYChart chart, XYSeries s) {
        double[] x = s.getXData();
        double[] y = s.getYData();
        boolean logX = chart.getStyler().isXAxisLogarithmic();
        boolean logY = chart.getStyler().isYAxisLogarithmic();
        double[] xr = range(x, chart.getStyler().getXAxisMin(), chart.getStyler().getXAxisMax(), logX);
        double[] yr = range(y, chart.getStyler().getYAxisMin(), chart.getStyler().getYAxisMax(), logY);
        boolean line = s.getXYSeriesRenderStyle() != XYSeries.XYSeriesRenderStyle.Scatter;
        boolean[] keep = new boolean[x.length];
        if (line) {
            int start = 0;
            while (start < x.length) {
                long col = pixel(x[start], xr, logX, PLOT_W);
                int end = start;
                int lo = start;
                int hi = start;
                while (end + 1 < x.length && pixel(x[end + 1], xr, logX, PLOT_W) == col) {
                    end++;
                    if (y[end] < y[lo]) {
                        lo = end;
                    }
                    if (y[end] > y[hi]) {
                        hi = end;
                    }
                }
                keep[start] = keep[end] = keep[lo] = keep[hi] = true;
                start = end + 1;
            }
        } else {
            HashSet<Long> seen = new HashSet<>();
            for (int i = 0; i < x.length; i++) {
                long cell = pixel(x[i], xr, logX, PLOT_W) * 100_003L + pixel(y[i], yr, logY, PLOT_H);
                keep[i] = seen.add(cell);
            }
        }
        int n = 0;
        double[] tx = new double[x.length];
        double[] ty = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (keep[i]) {
                tx[n] = x[i];
                ty[n++] = y[i];
            }
        }
        return new double[][] {Arrays.copyOf(tx, n), Arrays.copyOf(ty, n)};
    }

    private static double[] range(double[] v, Double min, Double max, boolean log) {
        double lo = min != null ? min : Arrays.stream(v).filter(Double::isFinite).min().orElse(0);
        double hi = max != null ? max : Arrays.stream(v).filter(Double::isFinite).max().orElse(1);
        return log ? new double[] {Math.log(lo), Math.log(hi)} : new double[] {lo, hi};
    }

    private static long pixel(double v, double[] r, boolean log, double size) {
        double u = log ? Math.log(v) : v;
        return r[1] > r[0] ? Math.round((u - r[0]) / (r[1] - r[0]) * size) : 0;
    }
}
