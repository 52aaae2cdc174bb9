package org.neurotheory.gridcells.analysis;

import org.neurotheory.core.Require;

/**
 * Spatial autocorrelogram (SAC) of an {@code n x n} rate map (Sargolini et al. 2006, as in the
 * standard grid-score code): for every lag {@code (dx, dy)} the Pearson correlation between the
 * map and its shifted copy over the overlapping bins only, a {@code (2n-1) x (2n-1)} array
 * centred on lag 0. With the robustness fix: lags with fewer than {@link #MIN_OVERLAP}
 * overlapping bins are set to 0 and values are clipped to [-1, 1] (edge lags with one or two
 * nearly equal bins otherwise give huge "correlations" that rotation smears into the ring masks).
 */
public final class Autocorrelogram {
    /** Lags with fewer overlapping bins are set to zero. */
    public static final int MIN_OVERLAP = 20;

    private Autocorrelogram() {
    }

    /** The SAC of {@code map} ({@code n x n}, row-major), row-major {@code (2n-1)^2}. */
    public static double[] of(double[] map, int n) {
        Require.positive("n", n);
        Require.length("map", map, n * n);
        int s = 2 * n - 1;
        double[] out = new double[s * s];
        for (int dy = -(n - 1); dy <= n - 1; dy++) {
            int y0 = Math.max(0, -dy);
            int y1 = Math.min(n, n - dy);
            for (int dx = -(n - 1); dx <= n - 1; dx++) {
                int x0 = Math.max(0, -dx);
                int x1 = Math.min(n, n - dx);
                int count = (y1 - y0) * (x1 - x0);
                double v = 0;
                if (count >= MIN_OVERLAP) {
                    double s1 = 0;
                    double s2 = 0;
                    double s11 = 0;
                    double s22 = 0;
                    double s12 = 0;
                    for (int y = y0; y < y1; y++) {
                        int r1 = y * n;
                        int r2 = (y + dy) * n + dx;
                        for (int x = x0; x < x1; x++) {
                            double a = map[r1 + x];
                            double b = map[r2 + x];
                            s1 += a;
                            s2 += b;
                            s11 += a * a;
                            s22 += b * b;
                            s12 += a * b;
                        }
                    }
                    double c = count;
                    double num = s12 / c - s1 * s2 / (c * c);
                    double v1 = s11 / c - s1 * s1 / (c * c);
                    double v2 = s22 / c - s2 * s2 / (c * c);
                    double den = Math.sqrt(Math.max(v1, 0)) * Math.sqrt(Math.max(v2, 0));
                    v = den > 0 ? num / den : 0;
                    v = Double.isFinite(v) ? Math.max(-1, Math.min(1, v)) : 0;
                }
                out[(dy + n - 1) * s + (dx + n - 1)] = v;
            }
        }
        return out;
    }
}
