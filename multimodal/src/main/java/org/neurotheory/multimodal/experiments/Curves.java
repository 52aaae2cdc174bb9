package org.neurotheory.multimodal.experiments;

/** Small array helpers shared by the figures (normalising, thinning, distances). */
final class Curves {
    private Curves() {
    }

    /** {@code v / v[last]}. */
    static double[] byFinal(double[] v) {
        double end = v[v.length - 1];
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / end;
        }
        return out;
    }

    /** Every k-th entry (and the last). */
    static double[] thin(double[] v, int k) {
        int n = (v.length - 1) / k + 1;
        boolean addLast = (v.length - 1) % k != 0;
        double[] out = new double[n + (addLast ? 1 : 0)];
        for (int i = 0; i < n; i++) {
            out[i] = v[i * k];
        }
        if (addLast) {
            out[n] = v[v.length - 1];
        }
        return out;
    }

    /** Minimum over i of the distance from (x[i], y[i]) to (px, py). */
    static double closestApproach(double[] x, double[] y, double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            best = Math.min(best, Math.hypot(x[i] - px, y[i] - py));
        }
        return best;
    }

    /** Evenly spaced values from lo to hi inclusive. */
    static double[] linspace(double lo, double hi, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = n == 1 ? lo : lo + (hi - lo) * i / (n - 1);
        }
        return out;
    }
}
