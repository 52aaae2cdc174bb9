package org.neurotheory.gridcells.analysis;

import org.neurotheory.core.Require;

/**
 * Gridness scores of a rate map (Sargolini et al. 2006; the ring-mask family of Banino et al.
 * 2018): the autocorrelogram is rotated by 30, 45, ..., 150 degrees (bilinear interpolation, 0
 * outside) and correlated with itself inside ring masks {@code 0.2 n < radius <= r_out n},
 * {@code r_out} in {@code linspace(0.4, 1.0, 10)}; per mask
 * {@code grid60 = (c60 + c120)/2 - (c30 + c90 + c150)/3}, {@code grid90 = c90 - (c45 + c135)/2},
 * min-max variant {@code min(c60, c120) - max(c30, c90, c150)}; each score is the maximum over masks.
 *
 * @param grid60       hexagonal score
 * @param grid90       square score
 * @param grid60MinMax min-max hexagonal score
 */
public record GridScore(double grid60, double grid90, double grid60MinMax) {
    private static final double[] ANGLES = {30, 45, 60, 90, 120, 135, 150};
    private static final double R_IN = 0.2;

    /** Scores of an {@code n x n} rate map. */
    public static GridScore of(double[] map, int n) {
        Require.that(n >= 8, "n", n, "must be >= 8");
        double[] sac = Autocorrelogram.of(map, n);
        return ofAutocorrelogram(sac, n);
    }

    /** Scores of an autocorrelogram of an {@code n x n} map ({@code (2n-1)^2} entries). */
    public static GridScore ofAutocorrelogram(double[] sac, int n) {
        int s = 2 * n - 1;
        Require.length("sac", sac, s * s);
        double[][] rotated = new double[ANGLES.length][];
        for (int a = 0; a < ANGLES.length; a++) {
            rotated[a] = rotate(sac, s, Math.toRadians(ANGLES[a]));
        }
        double best60 = Double.NEGATIVE_INFINITY;
        double best90 = Double.NEGATIVE_INFINITY;
        double bestMm = Double.NEGATIVE_INFINITY;
        int c = n - 1;
        for (int m = 0; m < 10; m++) {
            double rOut = 0.4 + m * (0.6 / 9);
            double lo = R_IN * n;
            double hi = rOut * n;
            int count = 0;
            double sum = 0;
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    double r = Math.hypot(x - c, y - c);
                    if (r > lo && r <= hi) {
                        count++;
                        sum += sac[y * s + x];
                    }
                }
            }
            double mean = sum / count;
            double var = 0;
            double[] corr = new double[ANGLES.length];
            for (int y = 0; y < s; y++) {
                for (int x = 0; x < s; x++) {
                    double r = Math.hypot(x - c, y - c);
                    if (r > lo && r <= hi) {
                        double a = sac[y * s + x] - mean;
                        var += a * a;
                        for (int k = 0; k < ANGLES.length; k++) {
                            corr[k] += a * (rotated[k][y * s + x] - mean);
                        }
                    }
                }
            }
            var = var / count + 1e-5;
            for (int k = 0; k < ANGLES.length; k++) {
                corr[k] = corr[k] / count / var;
            }
            double c30 = corr[0];
            double c45 = corr[1];
            double c60 = corr[2];
            double c90 = corr[3];
            double c120 = corr[4];
            double c135 = corr[5];
            double c150 = corr[6];
            best60 = Math.max(best60, (c60 + c120) / 2 - (c30 + c90 + c150) / 3);
            best90 = Math.max(best90, c90 - (c45 + c135) / 2);
            bestMm = Math.max(bestMm, Math.min(c60, c120) - Math.max(c30, Math.max(c90, c150)));
        }
        return new GridScore(best60, best90, bestMm);
    }

    /** Rotates an {@code s x s} array about its centre by {@code angle} (bilinear, zero outside). */
    static double[] rotate(double[] a, int s, double angle) {
        double[] out = new double[s * s];
        double c = (s - 1) / 2.0;
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int y = 0; y < s; y++) {
            for (int x = 0; x < s; x++) {
                double u = cos * (x - c) + sin * (y - c) + c;
                double v = -sin * (x - c) + cos * (y - c) + c;
                int x0 = (int) Math.floor(u);
                int y0 = (int) Math.floor(v);
                double fx = u - x0;
                double fy = v - y0;
                out[y * s + x] = (1 - fx) * (1 - fy) * at(a, s, x0, y0) + fx * (1 - fy) * at(a, s, x0 + 1, y0)
                        + (1 - fx) * fy * at(a, s, x0, y0 + 1) + fx * fy * at(a, s, x0 + 1, y0 + 1);
            }
        }
        return out;
    }

    private static double at(double[] a, int s, int x, int y) {
        return x < 0 || y < 0 || x >= s || y >= s ? 0 : a[y * s + x];
    }
}
